"""MyVendors: Vendor Relationship Management, kept encrypted on the customer's own desktop."""

__version__ = "0.1.0"
APP_NAME = "MyVendors"
