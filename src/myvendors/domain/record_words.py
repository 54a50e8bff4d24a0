"""The words for a record's kind and billing period, in the "records" context of the translations:
the app's tables (ui/models/records.py) and the dispute pack's PDF (domain/dispute/pdf.py) say them
alike. Marked with QT_TRANSLATE_NOOP; whoever shows one translates it in the "records" context."""

from __future__ import annotations

from myvendors.domain.models import AgreementKind, BillingPeriod, InteractionKind
from myvendors.errors import QT_TRANSLATE_NOOP

INTERACTION_KINDS = {
    InteractionKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("records", "Subscription"),
    InteractionKind.PAYMENT: QT_TRANSLATE_NOOP("records", "Payment"),
    InteractionKind.TIP: QT_TRANSLATE_NOOP("records", "Tip"),
    InteractionKind.CONTRACT: QT_TRANSLATE_NOOP("records", "Contract"),
    InteractionKind.RECOMMEND: QT_TRANSLATE_NOOP("records", "Recommended"),
    InteractionKind.REFERRAL: QT_TRANSLATE_NOOP("records", "Referral"),
    InteractionKind.ASK_ADVICE: QT_TRANSLATE_NOOP("records", "Asked advice"),
    InteractionKind.REQUEST: QT_TRANSLATE_NOOP("records", "Request"),
    InteractionKind.RESPOND: QT_TRANSLATE_NOOP("records", "Response"),
    InteractionKind.SUPPORT: QT_TRANSLATE_NOOP("records", "Support"),
    InteractionKind.COMPLAINT: QT_TRANSLATE_NOOP("records", "Complaint"),
    InteractionKind.BLACKLIST: QT_TRANSLATE_NOOP("records", "Blacklisted"),
    InteractionKind.REBUFF: QT_TRANSLATE_NOOP("records", "Rebuffed"),
    InteractionKind.EVALUATE: QT_TRANSLATE_NOOP("records", "Evaluated"),
    InteractionKind.EXTEND_CREDIT: QT_TRANSLATE_NOOP("records", "Extended credit"),
    InteractionKind.VOUCH: QT_TRANSLATE_NOOP("records", "Vouched"),
    InteractionKind.GIFT: QT_TRANSLATE_NOOP("records", "Gift"),
    InteractionKind.REPEAT_PURCHASE: QT_TRANSLATE_NOOP("records", "Repeat purchase"),
    InteractionKind.CONVERSATION: QT_TRANSLATE_NOOP("records", "Conversation"),
    InteractionKind.SPONSOR: QT_TRANSLATE_NOOP("records", "Sponsored"),
    InteractionKind.INVITE: QT_TRANSLATE_NOOP("records", "Invited"),
    InteractionKind.OFFER_ACCEPTED: QT_TRANSLATE_NOOP("records", "Offer accepted"),
}
AGREEMENT_KINDS = {
    AgreementKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("records", "Subscription"),
    AgreementKind.CONTRACT: QT_TRANSLATE_NOOP("records", "Contract"),
    AgreementKind.WARRANTY: QT_TRANSLATE_NOOP("records", "Warranty"),
    AgreementKind.MEMBERSHIP: QT_TRANSLATE_NOOP("records", "Membership"),
    AgreementKind.LOYALTY: QT_TRANSLATE_NOOP("records", "Loyalty card"),
}
PERIODS = {
    BillingPeriod.NONE: QT_TRANSLATE_NOOP("records", "one-off"),
    BillingPeriod.WEEKLY: QT_TRANSLATE_NOOP("records", "a week"),
    BillingPeriod.MONTHLY: QT_TRANSLATE_NOOP("records", "a month"),
    BillingPeriod.QUARTERLY: QT_TRANSLATE_NOOP("records", "a quarter"),
    BillingPeriod.YEARLY: QT_TRANSLATE_NOOP("records", "a year"),
}
