"""The vendors page: the list, a vendor's detail (one module per tab) and the vendor dialogs."""
