-- Deletion receipts: TRUNCATE bypasses row triggers, so refuse it with a statement trigger too. The
-- chain's newest receipt is also anchored in the audit trail (action RECEIPT_HEAD, written in the
-- same transaction as the receipt), so removing receipts from the end of the chain is detected.
create trigger retention_receipt_no_truncate before truncate on retention_receipt
    for each statement execute function retention_receipt_append_only();
