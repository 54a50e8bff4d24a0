"""The demo data: a realistic vault's contents, the same for the same seed (no SQL, no Qt).

`fill(db, size, seed=..., today=...)` writes into an open, empty vault database:

- **small** (what a person meets in screenshots and tests): about forty hand-written vendors in
  several countries (accents, long names, websites, categories, tags; former, blocked and one
  in the trash), their subscriptions, contracts and warranties with renewal and cancel-by dates
  around `today`, a few hundred interactions of every kind with sensible notes, reputation
  notes with ratings and tags (mine and a few trusted contacts'), requests in every status
  with offers, and some shares in the ledger. Everything goes through the services (validation,
  FTS triggers), one action at a time, as a user would have made it.
- **medium** (~1k vendors, ~50k interactions, ~10k notes) and **full** (a lifetime: 10k
  vendors, 1M interactions, 200k notes, the proportions of tests/bench/bench_domain.py): the
  small vault's records first, then generated vendors, agreements, interactions and notes
  written in big transactions by `storage.bulk` (executemany), which is what makes a million
  rows take a minute or two rather than many.

Dates are relative to `today` (default: the real today), so renewals are "due soon" whenever the
vault is made. The same seed and `today` give the same names, amounts, dates and texts, and the
same uids (package ids and sharing keys excepted: those are random by design). Making the vault
file itself (passphrase, KDF) is `myvendors.demo.build`.
"""

from __future__ import annotations

import random
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from myvendors.domain import agreements, reputation, requests, timeline, vendors
from myvendors.domain._convert import uids_from, utc
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    OfferDraft,
    RequestDraft,
    RequestStatus,
    VendorDraft,
    VendorStatus,
)
from myvendors.storage import Database, bulk

#: The passphrase of every demo vault (documented: docs/CLI.md, docs/TESTING.md). Not a secret.
PASSPHRASE = "demo vault passphrase"  # noqa: S105  # nosec B105  # the documented passphrase of every demo vault, not a secret
DEFAULT_SEED = 2024


@dataclass(frozen=True)
class Size:
    """How much a demo vault holds beyond the hand-written small one (0: the small one alone)."""

    name: str
    vendors: int
    interactions: int
    notes: int


SIZES: dict[str, Size] = {
    "small": Size("small", 0, 0, 0),
    "medium": Size("medium", 1_000, 50_000, 10_000),
    "full": Size("full", 10_000, 1_000_000, 200_000),
}
BATCH = 50_000  # generated rows per transaction


@dataclass(frozen=True)
class Made:
    """What `fill` made: row counts per kind, and how long it took."""

    size: str
    seed: int
    today: date
    counts: dict[str, int]
    seconds: float


# -- the hand-written small vault --------------------------------------------------------------
# (name, website, category, email, phone, address, tags, status, story)
# `story` picks the interaction and note templates below.
_VENDORS: tuple[tuple[str, str | None, str, str | None, str | None, str | None, tuple[str, ...], str, str], ...] = (
    ("Café Müller", "cafe-mueller.example", "Restaurants", None, "+49 30 3125 7788",
     "Schillerstraße 12, 10625 Berlin, Germany", ("local", "coffee"), "active", "cafe"),
    ("Société Générale d'Assurances du Rhône", "sgar-assurances.example", "Insurance",
        "contact@sgar-assurances.example",
     "+33 4 72 10 55 00", "14 quai Saint-Antoine, 69002 Lyon, France", ("contract", "house"), "active", "insurance"),
    ("Boulangerie Lefèvre & Fils", None, "Bakery", None, "+33 1 43 26 48 19",
     "27 rue Mouffetard, 75005 Paris, France", ("local", "bio"), "active", "bakery"),
    ("Stadtwerke Münster-Süd Energie GmbH", "stadtwerke-muenster-sued.example", "Energy", "kundenservice@swms.example",
     "+49 251 694 0", "Hafenweg 20, 48155 Münster, Germany", ("contract", "éco"), "active", "energy"),
    ("Nordlicht Mobilfunk", "nordlicht-mobil.example", "Telecom", "hilfe@nordlicht-mobil.example", "+49 800 330 2233",
     None, ("subscription", "cancel-soon"), "active", "telecom"),
    ("Fibra Óptica Peñalara S.L.", "fibra-penalara.example", "Telecom", "soporte@fibra-penalara.example",
     "+34 91 845 12 30", "Calle Mayor 8, 28740 Rascafría, Spain", ("subscription", "internet"), "active", "internet"),
    ("CinéStream Europe", "cinestream.example", "Streaming", "help@cinestream.example", None, None,
     ("subscription", "family"), "active", "streaming"),
    ("Zahnarztpraxis Dr. Jähnke", None, "Healthcare", None, "+49 30 882 41 17",
     "Kurfürstendamm 59, 10707 Berlin, Germany", ("health",), "active", "dentist"),
    ("Dvořák & Novák Autoservis s.r.o.", "dvorak-novak.example", "Transport", "servis@dvorak-novak.example",
     "+420 241 771 900", "Vídeňská 122, 148 00 Praha 4, Czechia", ("car", "warranty"), "active", "garage"),
    ("Fahrradladen Speichenglück", "speichenglueck.example", "Sports", None, "+49 221 921 33 80",
     "Zülpicher Straße 31, 50674 Köln, Germany", ("local", "good-support"), "active", "bikes"),
    ("Librería Núñez", "libreria-nunez.example", "Books", "pedidos@libreria-nunez.example", "+34 954 22 71 06",
     "Calle Sierpes 44, 41004 Sevilla, Spain", ("local", "gift"), "active", "books"),
    ("Fromagerie Beaufort-Çelik", None, "Groceries", None, "+33 4 79 38 20 11",
     "5 place Saint-Léger, 73000 Chambéry, France", ("local", "fromage"), "active", "cheese"),
    ("Bergström Möbler & Inredning AB", "bergstrom-mobler.example", "Home", "kundtjanst@bergstrom-mobler.example",
     "+46 8 545 677 00", "Götgatan 78, 118 30 Stockholm, Sweden", ("warranty", "house"), "active", "furniture"),
    ("Ødegård Rørlegger AS", None, "Home repair", "post@odegard-ror.example", "+47 22 38 44 10",
     "Thereses gate 14, 0168 Oslo, Norway", ("house", "urgent"), "active", "plumber"),
    ("Håkansson Hosting", "hakansson-hosting.example", "Software", "support@hakansson-hosting.example", None, None,
     ("subscription", "work"), "active", "hosting"),
    ("Østerbro Yoga Studio", "osterbro-yoga.example", "Sports", "hej@osterbro-yoga.example", "+45 35 26 10 90",
     "Nordre Frihavnsgade 17, 2100 København Ø, Denmark", ("membership", "health"), "active", "yoga"),
    ("Apotheke am Schloßplatz", None, "Healthcare", None, "+49 711 22 45 60",
     "Schloßplatz 4, 70173 Stuttgart, Germany", ("health", "loyalty"), "active", "pharmacy"),
    ("Cordonnerie du Vieux-Port", None, "Clothing", None, "+33 4 91 33 72 05",
     "3 rue de la Loge, 13002 Marseille, France", ("local", "repair"), "active", "cobbler"),
    ("Ionescu Contabilitate SRL", "ionescu-contabil.example", "Accounting", "birou@ionescu-contabil.example",
     "+40 21 312 45 67", "Strada Lipscani 19, 030031 București, Romania", ("tax-deductible", "work"), "active",
         "accountant"),
    ("Kancelaria Prawna Wiśniewski, Wójcik i Wspólnicy sp.k.", "wisniewski-wojcik.example", "Legal",
     "kancelaria@wisniewski-wojcik.example", "+48 22 628 14 40", "ul. Mokotowska 51/53, 00-542 Warszawa, Poland",
     ("house",), "active", "lawyer"),
    ("Gärtnerei Grünfink", None, "Garden", None, "+49 89 714 28 30", "Pullacher Straße 9, 81479 München, Germany",
     ("seasonal", "bio"), "active", "garden"),
    ("Clinique Vétérinaire des Trois Chênes", "trois-chenes-veto.example", "Pets", "accueil@trois-chenes-veto.example",
     "+33 2 99 30 41 12", "12 allée des Chênes, 35000 Rennes, France", ("pets", "trusted"), "active", "vet"),
    ("Crèche Les Petits Loups", None, "Childcare", "direction@petits-loups.example", "+33 1 45 67 80 90",
     "8 rue des Écoles, 92130 Issy-les-Moulineaux, France", ("kids", "contract"), "active", "creche"),
    ("Musikschule Allegro Schöneberg", "allegro-schoeneberg.example", "Education", "info@allegro-schoeneberg.example",
     "+49 30 781 55 20", "Akazienstraße 6, 10823 Berlin, Germany", ("kids", "contract"), "active", "music"),
    ("O'Brien's Locksmiths", "obriens-locks.example", "Home repair", None, "+353 1 496 2210",
     "41 Camden Street Lower, Dublin 2, Ireland", ("urgent", "trusted"), "active", "locksmith"),
    ("Taverna Papadopoulos", None, "Restaurants", None, "+30 210 322 0418", "Adrianou 91, 105 56 Athina, Greece",
     ("holiday",), "active", "restaurant"),
    ("Virtanen Sähkö Oy", "virtanen-sahko.example", "Home repair", "tilaukset@virtanen-sahko.example",
     "+358 9 685 2240", "Mannerheimintie 102, 00250 Helsinki, Finland", ("house",), "active", "electrician"),
    ("Banco Atlântico Ferreira & Conceição", "banco-atlantico.example", "Banking", "apoio@banco-atlantico.example",
     "+351 21 340 50 00", "Avenida da Liberdade 190, 1250-147 Lisboa, Portugal", ("contract", "card"), "active",
         "bank"),
    ("Yılmaz Kebap Haus", None, "Restaurants", None, "+49 40 439 22 81", "Schulterblatt 62, 20357 Hamburg, Germany",
     ("late-night", "cash-only"), "active", "restaurant"),
    ("Mäkinen Outdoor Oy", "makinen-outdoor.example", "Sports", "asiakaspalvelu@makinen-outdoor.example", None, None,
     ("online",), "former", "shop"),
    ("Ottica Rossi di Rossi Giulia & C.", "ottica-rossi.example", "Healthcare", None, "+39 02 8645 1290",
     "Corso di Porta Ticinese 48, 20123 Milano, Italy", ("warranty", "health"), "active", "optician"),
    ("Kowalczyk Sprzątanie", None, "Home", "biuro@kowalczyk-sprzatanie.example", "+48 12 421 09 87",
     "ul. Długa 17, 31-147 Kraków, Poland", ("house",), "former", "cleaning"),
    ("Tiskárna Šťastný", "tiskarna-stastny.example", "Print Shop", "zakazky@tiskarna-stastny.example",
        "+420 543 211 870",
     "Údolní 33, 602 00 Brno, Czechia", ("work",), "active", "print"),
    ("SwiftParcel Couriers Ltd", "swiftparcel.example", "Transport", "claims@swiftparcel.example", "+44 20 7946 0321",
     None, ("avoid", "slow-delivery"), "blocked", "courier"),
    ("QuickLoan Express Finance", "quickloan-express.example", "Banking", None, None, None,
     ("avoid",), "blocked", "loan"),
    ("Weingut Schröder-Kräuter", "weingut-schroeder-kraeuter.example", "Groceries", "hof@schroeder-kraeuter.example",
     "+49 6321 48 77 0", "Weinstraße 120, 67434 Neustadt an der Weinstraße, Germany", ("wine", "gift"), "active",
         "wine"),
    ("Association Intercommunale pour la Collecte et la Valorisation des Déchets Ménagers de la Vallée de la Bièvre",
     "aicvdm-bievre.example", "Utilities", "usagers@aicvdm-bievre.example", "+33 1 46 63 20 00",
     "2 avenue de la Division Leclerc, 94230 Cachan, France", ("house", "contract"), "active", "waste"),
    ("Städtische Volkshochschule Charlottenburg-Wilmersdorf – Fachbereich Sprachen und Erwachsenenbildung",
     "vhs-cw.example", "Education", "sprachen@vhs-cw.example", "+49 30 9029 28800",
     "Trautenaustraße 5, 10717 Berlin, Germany", ("course",), "active", "school"),
    ("Phở Nguyễn", None, "Restaurants", None, "+49 30 6981 4420", "Kottbusser Damm 90, 10967 Berlin, Germany",
     ("local", "vegan"), "active", "restaurant"),
    ("Kraftwerk Fitness Kreuzberg", "kraftwerk-fitness.example", "Sports", "mitglieder@kraftwerk-fitness.example",
     "+49 30 6165 9930", "Oranienstraße 185, 10999 Berlin, Germany", ("membership", "cancel-soon"), "active", "gym"),
    ("Dubious Deals Online Shop", "dubious-deals.example", "Electronics", None, None, None, ("avoid",), "active",
        "shop"),
    # charged every month by card, no agreement recorded: the recurring charge the Money page finds
    ("Klangfabrik Musik-Streaming", "klangfabrik.example", "Streaming", "hilfe@klangfabrik.example", None, None,
     ("music",), "active", "music-stream"),
)
TRASHED = "Dubious Deals Online Shop"

# story -> (interactions a year, [(kind, note, (low, high) in minor units or None, channel)])
_P, _S, _T, _C = InteractionKind.PAYMENT, InteractionKind.SUPPORT, InteractionKind.TIP, InteractionKind.CONVERSATION
_STORIES: dict[str, tuple[int, list[tuple[InteractionKind, str, tuple[int, int] | None, str | None]]]] = {
    "cafe": (40, [(_P, "Flat white and a Franzbrötchen", (380, 920), "in person"),
                  (InteractionKind.REPEAT_PURCHASE, "Beans to take home: 500 g Äthiopien Yirgacheffe", (1490, 1690),
                      "in person"),
                  (_T, "Tip for the barista", (100, 300), "in person"),
                  (InteractionKind.RECOMMEND, "Recommended to Jörg for Sunday breakfast", None, None)]),
    "insurance": (4, [(_P, "Quarterly premium, home insurance", (7800, 7800), "web"),
                      (_C, "Asked whether the new bicycle is covered against theft outside the flat", None, "phone"),
                      (InteractionKind.COMPLAINT,
                          "Claim for the water damage took nine weeks; escalated to the manager", None, "letter"),
                      (_S, "Claim settled: the ceiling repair is refunded minus the deductible", None, "email")]),
    "bakery": (30, [(_P, "Two croissants and a baguette tradition", (310, 560), "in person"),
                    (_P, "Galette des rois for six", (2400, 2800), "in person"),
                    (InteractionKind.GIFT, "They gave the kids a pain au chocolat each", None, "in person")]),
    "energy": (12, [(_P, "Monthly advance payment, Ökostrom", (8900, 8900), "web"),
                    (InteractionKind.CONTRACT, "Switched to the Ökostrom Plus tariff", None, "web"),
                    (_C, "Sent the meter reading (Zählerstand 48 213 kWh)", None, "web"),
                    (InteractionKind.COMPLAINT, "Annual bill charged the old tariff; asked for a correction", None,
                        "email"),
                    (_S, "Correction arrived: credit of 64,20 € on the next invoice", None, "letter")]),
    "telecom": (12, [(InteractionKind.SUBSCRIPTION, "Allnet Flat 20 GB, monthly", (1999, 1999), "web"),
                     (_S, "Roaming did not work in Switzerland; reset the APN with support", None, "chat"),
                     (InteractionKind.REBUFF, "Turned down the upsell to the 50 GB plan on the phone", None, "phone")]),
    "internet": (12, [(InteractionKind.SUBSCRIPTION, "Fibra 600 Mb, cuota mensual", (3500, 3500), "web"),
                      (_S, "Outage of two days; technician replaced the ONT", None, "phone"),
                      (InteractionKind.COMPLAINT, "Asked for a refund for the outage days", None, "email")]),
    "music-stream": (12, [(_P, "KLANGFABRIK.EXAMPLE 030-555-0199 BERLIN", (999, 999), "card"),
                          (_C, "Offered the family plan by e-mail; stayed on the single plan", None, "email")]),
    "streaming": (12, [(InteractionKind.SUBSCRIPTION, "Premium plan, four screens", (1399, 1399), "app"),
                       (_C, "Price increase announced from next month", None, "email")]),
    "dentist": (2, [(_P, "Check-up and cleaning (Prophylaxe)", (9000, 12000), "in person"),
                    (_C, "Appointment moved to Tuesday 8:30", None, "phone"),
                    (InteractionKind.RECOMMEND, "Recommended Dr. Jähnke to the new neighbours", None, None)]),
    "garage": (3, [(_P, "Annual service and brake fluid (servis)", (380000, 520000), "in person"),
                   (_P, "Winter tyres fitted and stored", (120000, 160000), "in person"),
                   (InteractionKind.EVALUATE, "Compared their quote for the clutch with two other garages", None, None),
                   (InteractionKind.EXTEND_CREDIT, "Let them invoice the battery at the next service", None,
                       "in person")]),
    "bikes": (4, [(_P, "New chain and brake pads", (4500, 8900), "in person"),
                  (_S, "Wheel trued for free after the repair", None, "in person"),
                  (InteractionKind.REFERRAL, "Sent my sister for her first e-bike", None, None)]),
    "books": (6, [(_P, "Two novels and a map of Andalucía", (2200, 4800), "in person"),
                  (InteractionKind.REQUEST, "Ordered a signed copy; they will call when it arrives", None, "phone"),
                  (InteractionKind.RESPOND, "They called: the book is in", None, "phone")]),
    "cheese": (10, [(_P, "Beaufort d'alpage, Tomme de Savoie and a Reblochon", (1800, 4200), "in person"),
                    (InteractionKind.ASK_ADVICE, "Asked which cheeses go with a vin jaune", None, "in person")]),
    "furniture": (1, [(_P, "Sofa 'Skärgård', three seats, delivered", (1299000, 1299000), "web"),
                      (_S, "A leg arrived broken; replacement sent within a week", None, "email")]),
    "plumber": (1, [(_P, "Leak under the kitchen sink fixed, call-out included", (145000, 210000), "in person"),
                    (InteractionKind.VOUCH, "Vouched for them in the building's group chat", None, "chat")]),
    "hosting": (1, [(InteractionKind.SUBSCRIPTION, "VPS Medium, yearly", (149000, 149000), "web"),
                    (_S, "Downtime of 40 minutes after a kernel update; status page was honest", None, "email")]),
    "yoga": (12, [(InteractionKind.SUBSCRIPTION, "Månedskort (monthly pass)", (49500, 49500), "app"),
                  (InteractionKind.INVITE, "Invited to the summer retreat in Skagen", None, "email")]),
    "pharmacy": (6, [(_P, "Prescription and sunscreen", (850, 3400), "in person"),
                     (InteractionKind.ASK_ADVICE, "Asked about a travel vaccination schedule", None, "in person")]),
    "cobbler": (2, [(_P, "New heels on the boots", (1800, 3500), "in person")]),
    "accountant": (2, [(_P, "Annual tax return (declarația unică)", (120000, 150000), "email"),
                       (_C, "Sent the receipts for the deductible expenses", None, "email")]),
    "lawyer": (1, [(_P, "Review of the lease agreement", (180000, 240000), "email"),
                   (_C, "Call about the deposit dispute with the landlord", None, "phone")]),
    "garden": (4, [(_P, "Tomato seedlings, basil and compost", (1500, 4500), "in person"),
                   (InteractionKind.SPONSOR, "Sponsored a tree for the school garden", (2500, 2500), "in person")]),
    "vet": (2, [(_P, "Vaccination and check-up for Minou", (6500, 9500), "in person"),
                (_C, "Follow-up call after the surgery; she is fine", None, "phone")]),
    "creche": (12, [(_P, "Monthly fee", (42000, 42000), "web"),
                    (InteractionKind.CONTRACT, "Signed the care contract for the new year", None, "in person"),
                    (_C, "Parents' evening; new opening hours from September", None, "in person")]),
    "music": (12, [(_P, "Klavierunterricht, monthly", (9600, 9600), "web"),
                   (InteractionKind.INVITE, "Invited to the students' concert", None, "email")]),
    "locksmith": (1, [(_P, "Locked out on a Sunday; opened without damage", (9500, 16000), "in person"),
                      (InteractionKind.RECOMMEND, "Recommended them to the upstairs neighbours", None, None)]),
    "restaurant": (8, [(_P, "Dinner for two", (2800, 7500), "in person"),
                       (_T, "Tip", (300, 800), "in person")]),
    "electrician": (1, [(_P, "New sockets in the study, certificate included", (32000, 48000), "in person")]),
    "bank": (12, [(_P, "Account fee (conta à ordem)", (450, 450), "web"),
                  (InteractionKind.BLACKLIST, "Blocked the card after a fraud attempt; new card sent", None, "phone"),
                  (_S, "Disputed a double charge; refunded in three days", None, "app")]),
    "shop": (2, [(_P, "Online order", (2500, 18000), "web"),
                 (InteractionKind.COMPLAINT, "Parcel never arrived; refund after three emails", None, "email")]),
    "optician": (1, [(_P, "Varifocal glasses", (39000, 52000), "in person"),
                     (_S, "Frame adjusted for free", None, "in person")]),
    "cleaning": (12, [(_P, "Fortnightly cleaning", (12000, 12000), "in person")]),
    "print": (2, [(_P, "Business cards and flyers", (4500, 12000), "email")]),
    "courier": (3, [(_P, "Parcel to Dublin, next day", (1490, 2890), "web"),
                    (InteractionKind.COMPLAINT, "Parcel 'delivered' to a neighbour nobody knows; claim opened", None,
                        "web"),
                    (InteractionKind.BLACKLIST, "Stopped using them after the second lost parcel", None, None)]),
    "loan": (1, [(InteractionKind.REBUFF, "Unsolicited loan offer with 29.9 % APR; declined and asked them to stop",
                  None, "phone"),
                 (InteractionKind.BLACKLIST, "Reported the calls to the consumer protection agency", None, "web")]),
    "wine": (3, [(_P, "Case of Riesling Spätlese", (9600, 14400), "web"),
                 (InteractionKind.GIFT, "A bottle of Sekt as a thank-you for ten years of orders", None, "in person")]),
    "waste": (1, [(_P, "Taxe d'enlèvement des ordures ménagères", (21400, 21400), "letter"),
                  (_C, "Asked for a bigger compost bin", None, "web")]),
    "school": (2, [(_P, "Course fee: Italienisch A2, evening class", (14500, 18900), "web"),
                   (InteractionKind.EVALUATE, "Course evaluation: good teacher, room too warm", None, "web")]),
    "gym": (12, [(InteractionKind.SUBSCRIPTION, "Membership, monthly", (2990, 2990), "web"),
                 (_C, "Asked how to cancel; only by registered letter", None, "in person")]),
}
_CURRENCY = {  # by country in the address (default EUR)
    "Sweden": "SEK", "Norway": "NOK", "Denmark": "DKK", "Czechia": "CZK", "Poland": "PLN", "Romania": "RON",
}
_HOSTING_CURRENCY = "SEK"

# (vendor, kind, title, price minor or None, period, start days, end days, renewal days, notice days, notes)
_AGREEMENTS: tuple[tuple[str, AgreementKind, str, int | None, BillingPeriod, int | None, int | None, int | None,
    int | None, str], ...] = (
    ("Nordlicht Mobilfunk", AgreementKind.SUBSCRIPTION, "Allnet Flat 20 GB", 1999, BillingPeriod.MONTHLY, -700, None,
        40, 30,
     "24-month minimum term is over; cancel in writing or in the app."),
    ("Société Générale d'Assurances du Rhône", AgreementKind.CONTRACT, "Assurance habitation Formule Confort", 31200,
     BillingPeriod.YEARLY, -1460, None, 25, 14, "Policy n° HAB-2207-118 492; deductible 150 €."),
    ("Stadtwerke Münster-Süd Energie GmbH", AgreementKind.CONTRACT, "Ökostrom Plus", 8900, BillingPeriod.MONTHLY, -400,
     None, 120, 42, "Price guarantee until the renewal."),
    ("Fibra Óptica Peñalara S.L.", AgreementKind.SUBSCRIPTION, "Fibra 600 Mb", 3500, BillingPeriod.MONTHLY, -300,
        None, 5,
     None, ""),
    ("CinéStream Europe", AgreementKind.SUBSCRIPTION, "Premium (4 screens)", 1399, BillingPeriod.MONTHLY, -900, None, 3,
     None, "Shared with the family."),
    ("Bergström Möbler & Inredning AB", AgreementKind.WARRANTY, "5-year warranty, sofa Skärgård", None,
     BillingPeriod.NONE, -700, 1125, None, None, "Receipt in the attachments; covers frame and springs."),
    ("Dvořák & Novák Autoservis s.r.o.", AgreementKind.WARRANTY, "Battery warranty", None, BillingPeriod.NONE, -670, 60,
     None, None, ""),
    ("Dvořák & Novák Autoservis s.r.o.", AgreementKind.CONTRACT, "Servisní plán Plus", 490000, BillingPeriod.YEARLY,
        -1000,
     None, 75, 30, "Includes the annual inspection and a courtesy car."),
    ("Håkansson Hosting", AgreementKind.SUBSCRIPTION, "VPS Medium", 149000, BillingPeriod.YEARLY, -1100, None, 20, None,
     "2 vCPU, 4 GB RAM, 80 GB SSD."),
    ("Østerbro Yoga Studio", AgreementKind.MEMBERSHIP, "Månedskort", 49500, BillingPeriod.MONTHLY, -240, None, 28, 30,
     "Thirty days' notice: the cancel-by date has just passed."),
    ("Kraftwerk Fitness Kreuzberg", AgreementKind.MEMBERSHIP, "Flex membership", 2990, BillingPeriod.MONTHLY, -330,
        None,
     9, 7, "Cancel by registered letter only."),
    ("Banco Atlântico Ferreira & Conceição", AgreementKind.CONTRACT, "Conta à Ordem Base", 450, BillingPeriod.MONTHLY,
     -2900, None, None, None, ""),
    ("Crèche Les Petits Loups", AgreementKind.CONTRACT, "Accueil à temps plein", 42000, BillingPeriod.MONTHLY, -500,
        230,
     None, None, "Ends when school starts."),
    ("Musikschule Allegro Schöneberg", AgreementKind.CONTRACT, "Klavierunterricht, 45 Minuten", 9600,
     BillingPeriod.MONTHLY, -380, None, 48, 42, "Cancellation only at the end of a term."),
    ("Ottica Rossi di Rossi Giulia & C.", AgreementKind.WARRANTY, "Garanzia occhiali progressivi", None,
     BillingPeriod.NONE, -160, 570, None, None, ""),
    ("Apotheke am Schloßplatz", AgreementKind.LOYALTY, "Kundenkarte", None, BillingPeriod.NONE, -1200, None, None, None,
     "3 % back on non-prescription items."),
    ("Café Müller", AgreementKind.LOYALTY, "Stempelkarte (10th coffee free)", None, BillingPeriod.NONE, -200, None,
        None,
     None, ""),
    ("Ionescu Contabilitate SRL", AgreementKind.CONTRACT, "Contabilitate PFA", 60000, BillingPeriod.YEARLY, -800,
        None, 45,
     30, ""),
    ("Mäkinen Outdoor Oy", AgreementKind.MEMBERSHIP, "Outdoor Club", 3900, BillingPeriod.YEARLY, -1500, -200, None,
        None,
     "Cancelled after the shop closed its Helsinki branch."),
    ("Kowalczyk Sprzątanie", AgreementKind.CONTRACT, "Sprzątanie co dwa tygodnie", 24000, BillingPeriod.MONTHLY, -900,
     -90, None, None, "Ended when we moved."),
    ("Association Intercommunale pour la Collecte et la Valorisation des Déchets Ménagers de la Vallée de la Bièvre",
     AgreementKind.CONTRACT, "Collecte des biodéchets", 21400, BillingPeriod.YEARLY, -1800, None, 60, None, ""),
    ("Weingut Schröder-Kräuter", AgreementKind.SUBSCRIPTION, "Weinabo: sechs Flaschen im Quartal", 8900,
     BillingPeriod.QUARTERLY, -600, None, 16, 14, ""),
    ("CinéStream Europe", AgreementKind.SUBSCRIPTION, "Kids add-on", 499, BillingPeriod.MONTHLY, -20, None, 10, None,
     "Free for the first month, then billed with the main plan."),
)
# (agreement title) -> (free trial ends in days or None, the contract or customer number a letter quotes)
_AGREEMENT_EXTRAS: dict[str, tuple[int | None, str]] = {
    "Allnet Flat 20 GB": (None, "Kundennr. 40 771 2093"),
    "Assurance habitation Formule Confort": (None, "HAB-2207-118 492"),
    "Ökostrom Plus": (None, "Vertragskonto 2100 448 731"),
    "Flex membership": (None, "Mitglied 88213"),
    "Klavierunterricht, 45 Minuten": (None, "Schüler-Nr. 2023-118"),
    "Kids add-on": (10, "CS-EU-5530-1187"),
}

# (vendor, days ago, text, ratings, tags, author)
_NOTES_GOOD = (
    "Friendly, quick and fair. Would go back any time.",
    "Excellent {what} for the price; they explained everything.",
    "Support answered within the hour and fixed it at once.",
    "Honest advice: they talked me out of the more expensive option.",
    "Always reliable. Small shop, big heart.",
    "{What}: as good as ever.",
    "Recommended {what} to two friends; both happy.",
    "Came back after a year away: {what} still the best around.",
)
_NOTES_MIXED = (
    "Good work, but the appointment was moved twice.",
    "Fine {what}, slow answers; nobody picked up the phone for a week.",
    "Prices went up again this year; {what} still good.",
    "Okay for the basics. The app is clumsy.",
    "{What} fine, the invoice wrong again (corrected after one email).",
    "Not cheap, not bad. I keep looking for an alternative.",
)
_NOTES_BAD = (
    "Charged twice and it took three emails to get a refund.",
    "Lost the parcel and blamed me. Never again.",
    "Hidden fees everywhere; the contract says something else than the salesman.",
    "Rude on the phone and the problem is still not solved.",
    "{What}: worst experience this year.",
)
# what a note is about, per story
_SUBJECT = {
    "cafe": "the coffee", "insurance": "the claim handling", "bakery": "the bread", "energy": "the tariff",
    "telecom": "the network", "internet": "the connection", "streaming": "the catalogue", "music-stream": "the music catalogue", "dentist": "the treatment",
    "garage": "the service", "bikes": "the repair", "books": "the choice of books", "cheese": "the cheese",
    "furniture": "the sofa", "plumber": "the repair", "hosting": "the uptime", "yoga": "the classes",
    "pharmacy": "the advice", "cobbler": "the repair", "accountant": "the tax return", "lawyer": "the advice",
    "garden": "the plants", "vet": "the care", "creche": "the care", "music": "the teaching",
    "locksmith": "the call-out", "restaurant": "the food", "electrician": "the work", "bank": "the app",
    "shop": "the delivery", "optician": "the glasses", "cleaning": "the cleaning", "print": "the print quality",
    "courier": "the delivery", "loan": "the offer", "wine": "the wine", "waste": "the collection",
    "school": "the course", "gym": "the gym",
}
_CONTACTS = ("Anaïs Moreau", "Jörg Weiß", "Zoë O'Brien")
_NOTE_TAGS = ("trusted", "recommended", "good-support", "slow-delivery", "avoid", "value", "fair", "friendly",
              "overcharged", "fast")


def _mood(story: str, status: str) -> str:
    if status == "blocked" or story in ("courier", "loan", "shop"):
        return "bad"
    if story in ("insurance", "internet", "telecom", "gym", "energy", "streaming"):
        return "mixed"
    return "good"


class _Rng(random.Random):
    """A seeded random source with the helpers the generator needs."""

    def uid_source(self, clock: Callable[[], int]) -> Callable[[], str]:
        """UUID version 7 strings: `clock()` milliseconds, then bits from this source."""

        def make() -> str:
            value = (clock() & ((1 << 48) - 1)) << 80 | self.getrandbits(80)
            value = (value & ~(0xF << 76)) | (0x7 << 76)
            value = (value & ~(0x3 << 62)) | (0x2 << 62)
            h = f"{value:032x}"  # str(uuid.UUID(int=value)), without building the object
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

        return make


def _at(today: date, days_ago: float, rng: random.Random) -> datetime:
    """A plausible local daytime (8:00-20:00 UTC) `days_ago` days before `today`."""
    day = today - timedelta(days=int(days_ago))
    seconds = rng.randint(8 * 3600, 20 * 3600)
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)


def _currency(address: str | None, story: str) -> str:
    if story == "hosting":
        return _HOSTING_CURRENCY
    for country, code in _CURRENCY.items():
        if address and address.endswith(country):
            return code
    if address and address.endswith("Ireland"):
        return "EUR"
    if story == "courier":
        return "GBP"
    return "EUR"


# -- the small vault, through the services ---------------------------------------------------------
def _small(db: Database, rng: _Rng, today: date) -> dict[str, int]:
    ids: dict[str, int] = {}
    stories: dict[int, tuple[str, str, str]] = {}  # id -> (story, currency, status)
    for name, website, category, email, phone, address, tags, status, story in _VENDORS:
        vendor = vendors.create_vendor(db, VendorDraft(
            name=name, website=website, category=category, email=email, phone=phone, address=address,
            notes="" if rng.random() < 0.6 else rng.choice((
                "Ask for Frau Köhler, she knows our file.", "Closed on Mondays.", "Card payments only above 10 €.",
                "Parking in the courtyard behind the shop.") if address and not email else (
                "Customer number 4711-0815.", "Invoices come by e-mail around the 5th.",
                "Contract documents in the folder 'Verträge 2023'.", "Ask for the loyalty discount when renewing.")),
            tags=tags, status=VendorStatus(status),
        ))
        ids[name] = vendor.id
        stories[vendor.id] = (story, _currency(address, story), status)
    for name, agreement_kind, title, price, period, start, end, renewal, notice, terms in _AGREEMENTS:
        vendor_id = ids[name]
        trial, reference = _AGREEMENT_EXTRAS.get(title, (None, ""))
        agreements.add_agreement(db, AgreementDraft(
            vendor_id=vendor_id, kind=agreement_kind, title=title,
            price=Money(price, stories[vendor_id][1]) if price is not None else None, period=period,
            start=today + timedelta(days=start) if start is not None else None,
            end=today + timedelta(days=end) if end is not None else None,
            renewal=today + timedelta(days=renewal) if renewal is not None else None,
            notice_days=notice, notes=terms,
            trial_end=today + timedelta(days=trial) if trial is not None else None, reference=reference,
        ))
    # Interactions: each vendor's story over the last three years, every kind somewhere.
    drafts: list[InteractionDraft] = []
    for vendor_id, (story, currency, status) in stories.items():
        per_year, templates = _STORIES[story]
        count = max(len(templates), min(30, round(per_year * rng.uniform(0.8, 1.6))))
        span = 1095 if status != "former" else 900
        offset = 0 if status != "former" else 200
        # A fixed monthly amount (a subscription, a fee) is paid on the same day every month.
        fee_kind, fee_note, fee, fee_channel = templates[0]
        monthly = per_year == 12 and fee is not None and fee[0] == fee[1]
        day_of_month = rng.randint(1, 28)
        for n in range(count):
            if monthly and (n == 0 or n >= len(templates)):
                months = (n if n == 0 else n - len(templates) + 1) + (day_of_month > today.day)  # none ahead of today
                month = (today.year * 12 + today.month - 1) - months - offset // 30
                paid_on = date(month // 12, month % 12 + 1, day_of_month)
                drafts.append(InteractionDraft(
                    vendor_id=vendor_id, kind=fee_kind, at=_at(today, (today - paid_on).days, rng),
                    amount=Money(fee[0], currency) if fee else None, channel=fee_channel, note=fee_note,
                ))
                continue
            kind, said, amount, channel = templates[n] if n < len(templates) else rng.choice(templates[:2])
            money = Money(rng.randint(*amount), currency) if amount else None
            drafts.append(InteractionDraft(
                vendor_id=vendor_id, kind=kind, at=_at(today, offset + rng.uniform(0, span), rng),
                amount=money, channel=channel, note=said,
            ))
    drafts.sort(key=lambda d: d.at)
    with db.transaction():  # one import-like action: a few hundred rows, each validated by the service
        for draft in drafts:
            timeline.record_in(db, draft)
    # Reputation: my notes, and a few from trusted contacts.
    note_ids: dict[int, list[int]] = {}
    notes = 0
    for vendor_id, (story, _, status) in stories.items():
        mood = _mood(story, status)
        for n in range(rng.choice((0, 1, 2, 3, 4))):
            text, ratings = _note(rng, mood, story, recent=n == 0)
            note = reputation.add_note(db, NoteDraft(
                vendor_id=vendor_id, on=today - timedelta(days=rng.randint(3, 1000) if n else rng.randint(0, 60)),
                text=text, ratings=ratings, tags=tuple(rng.sample(_tags_for(mood), rng.choice((0, 1, 1, 2)))),
            ))
            note_ids.setdefault(vendor_id, []).append(note.id)
            notes += 1
        if rng.random() < 0.25:
            text, ratings = _note(rng, mood, story, recent=False)
            reputation.add_note(db, NoteDraft(
                vendor_id=vendor_id, on=today - timedelta(days=rng.randint(10, 700)), text=text, ratings=ratings,
                tags=tuple(rng.sample(_tags_for(mood), 1)), author=rng.choice(_CONTACTS),
            ))
            notes += 1
    # A standing that fell: the gym's recent notes are worse than the earlier ones.
    gym = ids["Kraftwerk Fitness Kreuzberg"]
    for days, text, score in ((600, "Clean, friendly staff, machines always free in the morning.", 5),
                              (420, "Good value; the sauna is a bonus.", 4),
                              (20, "Overcrowded since the price rise, two machines broken for weeks.", 2),
                              (6, "They charged the fee after I had cancelled. Arguing by registered letter now.", 1)):
        note = reputation.add_note(db, NoteDraft(
            vendor_id=gym, on=today - timedelta(days=days), text=text,
            ratings={"quality": score, "service": score, "price": max(1, score - 1)},
            tags=("overcharged",) if score < 3 else ("friendly",),
        ))
        note_ids.setdefault(gym, []).append(note.id)
        notes += 1
    _attachments(db, ids)
    made_requests, offers = _requests(db, rng, today, ids)
    shares = _shares(db, today, ids, note_ids)
    _trusted_contacts(db, today)
    vendors.delete_vendor(db, ids[TRASHED])
    return {"vendors": len(ids) + made_requests.pop("new_vendors"), "agreements": len(_AGREEMENTS),
            "interactions": len(drafts) + made_requests.pop("accepted"), "notes": notes,
            "requests": sum(made_requests.values()), "offers": offers, "shares": shares, "trashed": 1}


def _tags_for(mood: str) -> tuple[str, ...]:
    return {"good": ("trusted", "recommended", "good-support", "friendly", "fast", "value"),
            "mixed": ("slow-delivery", "value", "fair", "overcharged"),
            "bad": ("avoid", "overcharged", "slow-delivery")}[mood]


def _note(rng: random.Random, mood: str, story: str, *, recent: bool) -> tuple[str, dict[str, int]]:
    texts = {"good": _NOTES_GOOD, "mixed": _NOTES_MIXED, "bad": _NOTES_BAD}[mood]
    base = {"good": (4, 5), "mixed": (2, 4), "bad": (1, 2)}[mood]
    dims = rng.sample(("quality", "price", "service", "honesty"), rng.randint(1 if recent else 0, 4))
    ratings = {d: rng.randint(*base) for d in dims}
    what = _SUBJECT.get(story, "the service")
    text = rng.choice(texts).format(what=what, What=what[0].upper() + what[1:]) if (
        not ratings or rng.random() < 0.8) else ""
    return text, ratings


def _requests(db: Database, rng: random.Random, today: date, ids: dict[str, int]) -> tuple[dict[str, int], int]:
    """Requests in every status, with offers from known vendors and from senders not yet vendors."""
    made = {"draft": 0, "open": 0, "fulfilled": 0, "withdrawn": 0, "expired": 0, "new_vendors": 0, "accepted": 0}
    offers = 0

    def request(draft: RequestDraft, status: str) -> int:
        made[status] += 1
        return requests.create_request(db, draft).id

    def offer(request_id: int, price: int | None, currency: str, conditions: str, valid: int, *,
              vendor: str | None = None, sender: str | None = None) -> int:
        nonlocal offers
        offers += 1
        return requests.add_offer(db, OfferDraft(
            request_id=request_id, price=Money(price, currency) if price is not None else None, conditions=conditions,
            valid_until=today + timedelta(days=valid), vendor_id=ids[vendor] if vendor else None, sender=sender,
        )).id

    request(RequestDraft(title="Winter tyres for a Škoda Octavia", description="205/55 R16, fitted and stored.",
                         category="Transport", budget_max=Money(60000, "EUR"), location="Berlin",
                         needed_by=today + timedelta(days=50)), "draft")
    request(RequestDraft(title="Birthday cake for 20 people", description="Chocolate, nut-free, with candles.",
                         category="Bakery", budget_min=Money(4000, "EUR"), budget_max=Money(9000, "EUR"),
                         needed_by=today + timedelta(days=12)), "draft")
    kitchen = request(RequestDraft(
        title="Kitchen renovation: new worktop and sink", description="Oak worktop, 3.2 m, undermount sink, removal of "
        "the old one. Flat on the 3rd floor, lift available.", category="Home repair", budget_min=Money(180000, "EUR"),
        budget_max=Money(350000, "EUR"), location="Berlin-Schöneberg", needed_by=today + timedelta(days=45),
        conditions="Fixed price, invoice with VAT."), "open")
    requests.change_status(db, kitchen, RequestStatus.OPEN)
    offer(kitchen, 298000, "EUR", "Fixed price incl. removal; start in three weeks.", 20,
          sender="Tischlerei Köhler & Söhne")
    offer(kitchen, 245000, "EUR", "Worktop in laminate, not oak; two weeks.", 14, sender="Küchenwelt Spandau")
    offer(kitchen, 335000, "EUR", "Oak, oiled; five-year warranty on the work.", 30, vendor="Virtanen Sähkö Oy")
    piano = request(RequestDraft(title="Piano tuner", description="Upright piano, not tuned for three years.",
                                 category="Education", budget_max=Money(15000, "EUR"), location="Berlin"), "open")
    requests.change_status(db, piano, RequestStatus.OPEN)
    offer(piano, 11000, "EUR", "Tuning and a check of the hammers.", 30, sender="Klavierhaus Bösendorfer-Weiß")
    # Fulfilled: an offer accepted; the sender becomes a vendor with an offer-accepted interaction.
    plumber = request(RequestDraft(title="Bathroom tap replacement", category="Home repair",
                                   budget_max=Money(40000, "EUR"), needed_by=today - timedelta(days=20)), "fulfilled")
    requests.change_status(db, plumber, RequestStatus.OPEN)
    offer(plumber, 38000, "EUR", "Grohe tap, fitted.", 10, vendor="Ødegård Rørlegger AS")
    winner = offer(plumber, 29500, "EUR", "Hansgrohe tap, fitted, old one taken away.", 10,
                   sender="Installateur Łukasiewicz")
    requests.accept_offer(db, winner, vendor_name="Installateur Łukasiewicz")
    made["new_vendors"] += 1
    made["accepted"] += 1
    cleaning = request(RequestDraft(title="Window cleaning, twice a year", category="Home"), "withdrawn")
    requests.change_status(db, cleaning, RequestStatus.OPEN)
    offer(cleaning, 9000, "EUR", "Per visit, inside and out.", 30, vendor="Kowalczyk Sprzątanie")
    requests.change_status(db, cleaning, RequestStatus.WITHDRAWN)
    course = request(RequestDraft(title="Evening Italian course, B1", category="Education",
                                  budget_max=Money(25000, "EUR"), needed_by=today - timedelta(days=40)), "expired")
    requests.change_status(db, course, RequestStatus.OPEN)
    offer(course, 21000, "EUR", "Twelve evenings, Tuesdays.", -30,
          vendor="Städtische Volkshochschule Charlottenburg-Wilmersdorf – Fachbereich Sprachen und Erwachsenenbildung")
    requests.change_status(db, course, RequestStatus.EXPIRED)
    return made, offers


def _attachments(db: Database, ids: dict[str, int]) -> None:
    """A receipt and a policy summary in the vendors' files (small text files)."""
    import io

    from myvendors.domain import attachments

    for vendor, filename, content in (
        ("Bergström Möbler & Inredning AB", "Kvitto Skärgård soffa.txt",
         ("Bergström Möbler & Inredning AB\nKvitto nr 2024-118733\n1 × Soffa Skärgård, 3-sits, ullbouclé\n"
          "12 990,00 SEK inkl. moms\nGaranti: 5 år på stomme och fjädring.\n")),
        ("Société Générale d'Assurances du Rhône", "Conditions particulières habitation.txt",
         ("Contrat n° HAB-2207-118 492 — Formule Confort\nFranchise : 150 €\nPrime annuelle : 312,00 €\n"
          "Résiliation : 14 jours avant l'échéance.\n")),
    ):
        attachments.attach(db, ids[vendor], io.BytesIO(content.encode()), filename, media_type="text/plain")


def _shares(db: Database, today: date, ids: dict[str, int], note_ids: dict[int, list[int]]) -> int:
    """A few packages through the real sharing services: each one signed, kept and in the ledger."""
    from myvendors.domain.sharing import packages  # jwcrypto and jsonschema: only when sharing

    now = datetime(today.year, today.month, today.day, 10, 0, tzinfo=UTC)
    packages.set_profile(db, {
        "name": "Maren Østergaard-Lindqvist", "email": "maren@example.org", "city": "Berlin", "country": "Germany",
        "language": "de", "preferences": "Contact me by email, never by phone.",
    })
    specs = [
        packages.ShareSpec(kind="profile", vendor_id=ids["Nordlicht Mobilfunk"], fields=("name", "email")),
        packages.ShareSpec(kind="feedback", vendor_id=ids["Café Müller"], subject="Oat milk",
                           text="Could you offer oat milk at no extra charge? Many of your regulars would love it.",
                           idea=True),
        packages.ShareSpec(kind="personal-request", request_id=_open_request(db)),
        packages.ShareSpec(kind="access-request", vendor_id=ids["SwiftParcel Couriers Ltd"], law="GDPR",
                           text="Please include the delivery photos and GPS records of my two lost parcels."),
    ]
    cafe = note_ids.get(ids["Café Müller"]) or note_ids.get(ids["Kraftwerk Fitness Kreuzberg"], [])
    if cafe:
        specs.append(packages.ShareSpec(kind="reputation", contact=_CONTACTS[0], note_ids=tuple(cafe[:2])))
    for n, spec in enumerate(specs):
        packages.share(db, spec, now=now - timedelta(days=(len(specs) - n) * 9))
    return len(specs)


def _trusted_contacts(db: Database, today: date) -> int:
    """Two trusted contacts, each with a bundle of notes signed by their own key and taken through
    the real import: on her vendors (the contacts' standing beside hers) and on a bike shop new to
    her. The bundles are made the way a contact's MyVendors makes them: a reputation package's
    document, their key, a JWS. Returns the number of contacts."""
    import json
    import uuid

    from jwcrypto import jwk, jws
    from jwcrypto.common import json_encode

    from myvendors.domain import contacts
    from myvendors.domain.contacts import bundles, keyfile
    from myvendors.domain.sharing import packages

    mine = reputation.notes(db, mine_only=True, limit=1)
    if not mine:
        return 0
    skeleton = packages.build(db, packages.ShareSpec("reputation", contact=_CONTACTS[0], note_ids=(mine[0].id,))).document
    cafe = {"name": "Café Müller", "website": "https://cafe-mueller.example", "category": "Restaurants"}
    gym = {"name": "Kraftwerk Fitness", "website": "https://kraftwerk-fitness.example"}
    phone = {"name": "Nordlicht Mobilfunk", "website": "https://nordlicht-mobil.example"}
    bikes = {"name": "Velo Rückenwind", "website": "https://rueckenwind-velo.example", "category": "Sports"}
    people = (
        (_CONTACTS[0], 3, 12, [
            {"vendor": cafe, "notes": [{"on": (today - timedelta(days=40)).isoformat(), "text": "Best flat white in the "
                                        "street; they remember my order.", "ratings": {"quality": 5, "service": 5}}]},
            {"vendor": gym, "notes": [{"on": (today - timedelta(days=25)).isoformat(), "text": "They kept charging me "
                                       "for two months after I cancelled.", "ratings": {"honesty": 1, "service": 2},
                                       "tags": ["overcharged"]}]},
            {"vendor": bikes, "notes": [{"on": (today - timedelta(days=90)).isoformat(), "text": "Fair prices, "
                                         "repaired my gears the same day.", "ratings": {"price": 5, "service": 5}}]},
        ]),
        (_CONTACTS[1], 2, 30, [
            {"vendor": phone, "notes": [{"on": (today - timedelta(days=800)).isoformat(), "text": "Roaming bill twice "
                                         "what they quoted.", "ratings": {"price": 2, "honesty": 2}}]},
            {"vendor": cafe, "notes": [{"on": (today - timedelta(days=200)).isoformat(), "text": "Cosy, a bit pricey.",
                                        "ratings": {"quality": 4, "price": 3}}]},
        ]),
    )
    for name, trust, days_ago, groups in people:
        sig, enc = jwk.JWK.generate(kty="OKP", crv="Ed25519"), jwk.JWK.generate(kty="OKP", crv="X25519")
        public = {k: v for k, v in json.loads(sig.export_public()).items() if k in ("kty", "crv", "x")}
        thumbprint = sig.thumbprint()
        contacts.add_contact(db, name, keyfile.read_key_text(json.dumps(public)), trust=trust)
        issued = datetime(today.year, today.month, today.day, 9, 0, tzinfo=UTC) - timedelta(days=days_ago)
        stamp = "%Y-%m-%dT%H:%M:%SZ"
        document = {
            **skeleton, "id": f"urn:uuid:{uuid.uuid4()}", "issued": issued.strftime(stamp),
            "expires": (issued + timedelta(days=365)).strftime(stamp), "recipient": {"name": "Maren"},
            "sender": {"pseudonym": thumbprint, "sig": {**public, "kid": thumbprint, "use": "sig"},
                       "enc": {**json.loads(enc.export_public()), "kid": enc.thumbprint(), "use": "enc"}},
            "data": {"vendors": groups},
            "consent": {**skeleton["consent"], "consentTimestamp": int(issued.timestamp()), "piiPrincipalId": thumbprint,
                        "publicKey": json.dumps({**public, "kid": thumbprint, "use": "sig"}, sort_keys=True,
                                                separators=(",", ":"))},
        }
        packages.validate_document(document)
        token = jws.JWS(json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode())
        token.add_signature(sig, None, json_encode({"alg": "Ed25519", "typ": "JOSE", "cty": "json", "kid": thumbprint,
                                                    "jwk": public}))
        bundles.import_bundle(db, token.serialize(compact=True), undecided_new=True, now=issued + timedelta(hours=2))
    return len(people)


def _open_request(db: Database) -> int:
    return next(r.id for r in requests.list_requests(db, status=RequestStatus.OPEN))


# -- medium and full: generated, in bulk -----------------------------------------------------------
_SURNAMES = (
    "Müller", "Dvořák", "Núñez", "Öztürk", "Lefèvre", "Gómez", "Søndergaard", "Łukasiewicz", "Ferreira", "Çelik",
    "Jähnke", "Bergström", "Žukauskas", "Peña", "Schröder", "Horváth", "François", "Kowalczyk", "Þórsson", "Đorđević",
    "Smith", "Johnson", "Nguyễn", "García", "Rossi", "O'Brien", "Dubois", "Moreau", "Laurent", "Bernard", "Weiß",
    "Hoffmann", "Kräuter", "Andersen", "Virtanen", "Novák", "Popescu", "Ionescu", "Yılmaz", "Kaya", "Papadopoulos",
    "Costa", "Silva", "Santos", "Martín", "López", "Fernández", "Ruiz", "Brown", "Taylor", "Wilson", "Davies", "Evans",
    "Murphy", "Kelly", "Walsh", "Janssen", "De Vries", "Van Dijk", "Bakker", "Visser", "Meyer", "Wagner", "Becker",
    "Köhler", "Krüger", "Lindqvist", "Håkansson", "Ødegård", "Mäkinen", "Eriksson", "Nowak", "Wiśniewski", "Kovačević",
    "Szabó", "Tóth", "Nagy", "Amaral", "Conceição", "Gonçalves",
)
_TRADES = (
    ("Bäckerei", "Bakery"), ("Boulangerie", "Bakery"), ("Plomberie", "Home repair"), ("Garage", "Transport"),
    ("Café", "Restaurants"), ("Pâtisserie", "Bakery"), ("Électricité", "Home repair"), ("Fahrradladen", "Sports"),
    ("Librería", "Books"), ("Apotheke", "Healthcare"), ("Dental Care", "Healthcare"), ("Insurance", "Insurance"),
    ("Telecom", "Telecom"), ("Energie", "Energy"), ("Coiffure", "Beauty"), ("Optique", "Healthcare"),
    ("Reinigung", "Home"), ("Autoservice", "Transport"), ("Hosting", "Software"), ("Crèche", "Childcare"),
    ("Yoga Studio", "Sports"), ("Tierarzt", "Pets"), ("Steuerberatung", "Accounting"), ("Notaire", "Legal"),
    ("Fleuriste", "Garden"), ("Épicerie", "Groceries"), ("Möbelhaus", "Home"), ("Cordonnerie", "Clothing"),
    ("Fromagerie", "Groceries"), ("Boucherie", "Groceries"), ("Traiteur", "Restaurants"), ("Menuiserie", "Home repair"),
    ("Schlüsseldienst", "Home repair"), ("Gärtnerei", "Garden"), ("Fitness", "Sports"), ("Music School", "Education"),
    ("Bookshop", "Books"), ("Wine Cellar", "Groceries"), ("Taxi", "Transport"), ("Couriers", "Transport"),
    ("Roofing", "Home repair"), ("Physiotherapy", "Healthcare"), ("Law Office", "Legal"), ("Print Shop", "Print Shop"),
)
_LEGAL = ("", "", "", " GmbH", " SA", " Ltd", " & Fils", " AG", " SARL", " BV", " Oy", " s.r.o.", " Inc", " & Co. KG")
_WORDS = (
    "payment", "invoice", "delivered", "late", "early", "refund", "charged", "twice", "called", "support", "friendly",
    "helpful", "waiting", "order", "parcel", "broken", "replaced", "quickly", "price", "increase", "discount",
        "renewal",
    "cancelled", "contract", "signed", "monthly", "yearly", "fee", "quality", "excellent", "average", "service",
    "technician", "visit", "appointment", "rescheduled", "repair", "boiler", "heating", "internet", "outage", "router",
    "bill", "credit", "voucher", "gift", "recommended", "neighbour", "complaint", "resolved", "email", "phone",
        "receipt",
    "warranty", "claim", "accepted", "insurance", "premium", "policy", "checkup", "bread", "croissant", "cake",
    "birthday", "flowers", "wine", "cheese", "coffee", "breakfast", "lunch", "dinner", "booking", "bicycle", "tyre",
    "brake", "inspection", "keys", "lock", "roof", "leak", "garden", "course", "lesson", "piano", "books", "streaming",
    "account", "password", "update", "backup", "hosting", "transfer", "card", "declined", "tax", "accountant", "notary",
    "rent", "deposit", "electricity", "meter", "tariff", "crème", "brûlée", "pâté", "fromage", "façade", "déjà",
    "über", "straße", "größe", "müsli", "frühstück", "kaffee", "kuchen", "galette", "mañana", "açaí", "smørrebrød",
    "organic", "local", "fresh", "reliable", "honest", "fair", "cheap", "expensive", "value", "slow", "fast", "polite",
    "parking", "closed", "holiday", "weekend", "urgent",
)
_KIND_WEIGHTS = {  # the bench's mix: mostly payments and purchases
    InteractionKind.PAYMENT: 40, InteractionKind.REPEAT_PURCHASE: 12, InteractionKind.SUBSCRIPTION: 8,
    InteractionKind.CONVERSATION: 8, InteractionKind.SUPPORT: 6, InteractionKind.TIP: 4, InteractionKind.COMPLAINT: 3,
    InteractionKind.CONTRACT: 2, InteractionKind.RECOMMEND: 3, InteractionKind.REFERRAL: 1, InteractionKind.REQUEST: 3,
    InteractionKind.RESPOND: 2, InteractionKind.EVALUATE: 2, InteractionKind.GIFT: 1, InteractionKind.ASK_ADVICE: 1,
    InteractionKind.BLACKLIST: 0.2, InteractionKind.REBUFF: 0.5, InteractionKind.EXTEND_CREDIT: 0.3,
    InteractionKind.VOUCH: 0.5, InteractionKind.SPONSOR: 0.2, InteractionKind.INVITE: 0.5,
    InteractionKind.OFFER_ACCEPTED: 0.5,
}
_PAID = {InteractionKind.PAYMENT, InteractionKind.REPEAT_PURCHASE, InteractionKind.SUBSCRIPTION, InteractionKind.TIP}
_CHANNELS = ("email", "phone", "in person", "web", "app", "letter", "chat", None)
_YEARS = 19  # the lifetime the generated timeline spans


def _cumulative(weights: Iterable[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def _zipf(n: int, s: float) -> list[float]:
    return _cumulative(1.0 / rank**s for rank in range(1, n + 1))


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


class _Bulk:
    """Generated vendors, agreements, interactions and notes, written `BATCH` rows at a time."""

    def __init__(self, db: Database, rng: _Rng, today: date, size: Size, progress: Callable[[str, int, int], None]):
        self.db, self.rng, self.today, self.size, self.progress = db, rng, today, size, progress
        self.word_cum = _zipf(len(_WORDS), 0.9)
        self.end = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.start = self.end - timedelta(days=365 * _YEARS)
        self.clock_ms = 0
        self.uid = rng.uid_source(lambda: self.clock_ms)

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(_WORDS, cum_weights=self.word_cum, k=self.rng.randint(low, high)))

    def run(self) -> dict[str, int]:
        r, size = self.rng, self.size
        first = bulk.next_id(self.db, "vendors")
        vendor_ids = list(range(first, first + size.vendors))
        rows: list[tuple[Any, ...]] = []
        tags: list[tuple[str, ...]] = []
        for vendor_id in vendor_ids:
            created = self.start + timedelta(seconds=r.random() * (self.end - self.start).total_seconds())
            self.clock_ms = _ms(created)
            row, vendor_tags = self.vendor(vendor_id, created)
            rows.append(row)
            tags.append(vendor_tags)
        with self.db.transaction():
            bulk.insert_vendors(self.db, rows, tags)
        self.progress("vendors", size.vendors, size.vendors)
        agreement_rows = [a for vendor_id in vendor_ids for a in self.agreements(vendor_id)]
        with self.db.transaction():
            bulk.insert_agreements(self.db, agreement_rows)
        order = vendor_ids[:]
        r.shuffle(order)  # a few vendors (anywhere in the list) hold much of the timeline
        cum = _zipf(len(order), 0.8)
        kinds, kind_cum = list(_KIND_WEIGHTS), _cumulative(_KIND_WEIGHTS.values())
        done = 0
        while done < size.interactions:
            count = min(BATCH, size.interactions - done)
            batch = self.interactions(done, count, order, cum, kinds, kind_cum)
            with self.db.transaction():
                bulk.insert_interactions(self.db, batch)
            done += count
            self.progress("interactions", done, size.interactions)
        done, note_id = 0, bulk.next_id(self.db, "notes")
        while done < size.notes:
            count = min(BATCH, size.notes - done)
            note_rows, note_tags = self.notes(note_id, count, order, cum)
            with self.db.transaction():
                bulk.insert_notes(self.db, note_rows, note_tags)
            done += count
            note_id += count
            self.progress("notes", done, size.notes)
        return {"vendors": size.vendors, "agreements": len(agreement_rows), "interactions": size.interactions,
                "notes": size.notes}

    def vendor(self, vendor_id: int, created: datetime) -> tuple[tuple[Any, ...], tuple[str, ...]]:
        r = self.rng
        trade, category = r.choice(_TRADES)
        form = r.random()
        if form < 0.45:
            name = f"{r.choice(_SURNAMES)} {trade}"
        elif form < 0.75:
            name = f"{trade} {r.choice(_SURNAMES)}"
        elif form < 0.9:
            name = f"{r.choice(_SURNAMES)}{r.choice(_LEGAL)}"
        else:
            name = f"{trade} {r.choice(_SURNAMES)} & {r.choice(_SURNAMES)}{r.choice(_LEGAL)}"
        slug = "".join(c for c in vendors_sort_slug(name) if c.isalnum())[:40] or "vendor"
        status = "active" if r.random() < 0.9 else r.choice(("former", "former", "blocked"))
        stamp = _stamp(created)
        values = {
            "name": name,
            "website": f"https://{slug}.example" if r.random() < 0.7 else None,
            "category": category if r.random() < 0.9 else None,
            "email": f"contact@{slug}.example" if r.random() < 0.5 else None,
            "phone": (f"+{r.randint(30, 49)} {r.randint(100, 999)} {r.randint(100000, 999999)}"
                      if r.random() < 0.5 else None),
            "address": (f"{r.randint(1, 200)} {r.choice(_SURNAMES)}straße, {r.randint(10000, 99999)}"
                        if r.random() < 0.3 else None),
            "notes": self.words(5, 30) if r.random() < 0.3 else "",
            "status": status,
        }
        row = (vendor_id, self.uid(), *(values[f] for f in bulk.VENDOR_COLUMNS[2:-2]), stamp, stamp)
        tags = tuple(sorted(set(r.sample((*_NOTE_TAGS, "monthly", "local", "online", "family", "work", "car", "house"),
                                         r.choice((0, 0, 1, 1, 2, 3)))), key=str.casefold))
        return row, tags

    def agreements(self, vendor_id: int) -> list[tuple[Any, ...]]:
        r, out = self.rng, []
        for _ in range(r.choice((0, 0, 1, 1, 1, 2, 3))):
            kind = r.choice(list(AgreementKind))
            start = self.today - timedelta(days=r.randint(0, 3000))
            renewal = self.today + timedelta(days=r.randint(-30, 400)) if r.random() < 0.8 else None
            notice = r.choice((None, 14, 30, 90)) if renewal else None
            cancel_by = renewal - timedelta(days=notice) if renewal and notice is not None else None
            period = r.choice((BillingPeriod.MONTHLY, BillingPeriod.YEARLY, BillingPeriod.QUARTERLY,
                BillingPeriod.NONE))
            priced = r.random() < 0.8
            created = datetime(start.year, start.month, start.day, 12, tzinfo=UTC)
            self.clock_ms = _ms(created)
            values = {
                "kind": kind.value, "title": f"{kind.value.capitalize()} {self.words(1, 3)}",
                "price_minor": r.randint(100, 50000) if priced else None,
                "currency": r.choice(("EUR", "EUR", "USD", "GBP", "CHF")) if priced else None,
                "period": period.value, "start_date": start.isoformat(), "end_date": None,
                "renewal_date": renewal.isoformat() if renewal else None,
                "cancel_by_date": cancel_by.isoformat() if cancel_by else None, "notice_days": notice,
                "notes": self.words(3, 15) if r.random() < 0.3 else "",
                "trial_end_date": None, "reference": None,
            }
            out.append((self.uid(), vendor_id, *(values[f] for f in bulk.AGREEMENT_COLUMNS[2:-2]),
                        _stamp(created), _stamp(created)))
        return out

    def interactions(self, first: int, count: int, order: list[int], cum: list[float], kinds: list[InteractionKind],
                     kind_cum: list[float]) -> list[tuple[Any, ...]]:
        r = self.rng
        span = (self.end - self.start).total_seconds()
        slots = r.choices(range(len(order)), cum_weights=cum, k=count)
        chosen = r.choices(kinds, cum_weights=kind_cum, k=count)
        total = max(1, self.size.interactions)
        out = []
        for n in range(count):
            # Recorded roughly in time order, some entered late (back-dated by up to 60 days).
            seconds = (first + n) / total * span - r.random() * 60 * 86400
            at = self.start + timedelta(seconds=max(0.0, seconds))
            self.clock_ms = _ms(at)
            kind = chosen[n]
            paid = kind in _PAID
            stamp = utc(at, "at")  # recorded when it happened: `at` and `created_at` are the same instant
            out.append((
                self.uid(), order[slots[n]], kind.value, stamp,
                r.randint(50, 30000) if paid else None, "EUR" if paid else None,
                r.choice(_CHANNELS), self.words(2, 12) if r.random() < 0.6 else "", stamp,
            ))
        return out

    def notes(self, first_id: int, count: int, order: list[int], cum: list[float]) -> tuple[list[tuple[Any, ...]],
                                                                                          list[tuple[str, ...]]]:
        r = self.rng
        slots = r.choices(range(len(order)), cum_weights=cum, k=count)
        rows, tags = [], []
        for n in range(count):
            on = self.today - timedelta(days=r.randint(0, 365 * _YEARS))
            created = datetime(on.year, on.month, on.day, 18, tzinfo=UTC)
            self.clock_ms = _ms(created)
            dims = set(r.sample(("quality", "price", "service", "honesty"), r.randint(0, 4)))
            ratings = {d: r.randint(1, 5) if d in dims else None for d in ("quality", "price", "service", "honesty")}
            author = r.choice(_CONTACTS) if r.random() < 0.1 else None
            rows.append((first_id + n, self.uid(), order[slots[n]], on.isoformat(), self.words(8, 40),
                         ratings["quality"], ratings["price"], ratings["service"], ratings["honesty"], author,
                         _stamp(created)))
            tags.append(tuple(sorted(set(r.sample(_NOTE_TAGS, r.choice((0, 0, 0, 1, 2)))), key=str.casefold)))
        return rows, tags


def vendors_sort_slug(name: str) -> str:
    """A web-address-friendly form of a name ("Café Müller" -> "cafemuller")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def vocabulary() -> tuple[str, ...]:
    """The words demo vaults are written with (names, notes, timeline texts), lower-case, sorted:
    what a benchmark types into search, letter by letter, to query the demo vault's own data."""
    texts: list[str] = [v[0] for v in _VENDORS] + list(_SURNAMES) + [t for t, _ in _TRADES] + list(_WORDS)
    texts += [note for _, templates in _STORIES.values() for _, note, _, _ in templates]
    texts += list(_NOTES_GOOD + _NOTES_MIXED + _NOTES_BAD) + list(_SUBJECT.values())
    words = {w.strip(".,:;()'\"–-").lower() for text in texts for w in text.replace("/", " ").split()}
    return tuple(sorted(w for w in words if len(w) >= 2 and w.isalpha()))


# -- the entry point ---------------------------------------------------------------------------------
def _no_progress(kind: str, done: int, total: int) -> None:
    pass


def fill(
    db: Database,
    size: str | Size = "small",
    *,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Made:
    """Fill an open, empty vault database with the demo data of `size`; the same seed and
    `today` give the same data. `progress(kind, done, total)` is called after each batch."""
    chosen = SIZES[size] if isinstance(size, str) else size
    day = today or date.today()
    started = time.perf_counter()
    rng = _Rng(seed)
    base = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(days=1200)
    counter = [0]

    def clock() -> int:  # small-vault uids: time-ordered from a fixed instant, one millisecond apart
        counter[0] += 1
        return _ms(base) + counter[0]

    with uids_from(rng.uid_source(clock)):
        counts = _small(db, rng, day)
    if chosen.vendors:
        more = _Bulk(db, rng, day, chosen, progress or _no_progress).run()
        for kind, n in more.items():
            counts[kind] = counts.get(kind, 0) + n
    return Made(chosen.name, seed, day, counts, round(time.perf_counter() - started, 2))
