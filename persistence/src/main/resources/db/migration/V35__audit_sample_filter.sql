-- What an audit's sample is drawn from besides its period: only contacts rated so, or from one agency.
ALTER TABLE audit_programme
    ADD COLUMN sample_rag    VARCHAR(10) NULL AFTER sample_to,
    ADD COLUMN sample_source BIGINT      NULL AFTER sample_rag;
