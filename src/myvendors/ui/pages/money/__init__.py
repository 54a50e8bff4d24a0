"""The Money page: spending, its chart and table, and the recurring charges found in payments."""
