-- The queue is nearly always "awaiting decision": lead the filter indexes with (partnership, decided) so a RAG or
-- agency filter reads only open contacts, already in deadline order (measured by ./workspace bench).
DROP INDEX ix_contact_agency ON contact;
DROP INDEX ix_contact_rag ON contact;
CREATE INDEX ix_contact_open_agency ON contact (partnership_id, decided, source_agency_id, deadline);
CREATE INDEX ix_contact_open_rag ON contact (partnership_id, decided, rag, deadline);
