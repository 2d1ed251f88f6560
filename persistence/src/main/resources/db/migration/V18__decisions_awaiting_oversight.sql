-- The managers' list of decisions awaiting oversight reads current decisions not yet overseen, oldest first, from an
-- index instead of scanning every decision.
alter table threshold_decision
    add column awaiting_oversight tinyint(1) as (current and overseen_at is null) persistent,
    add index ix_decision_awaiting (awaiting_oversight, decided_at, id);
