package org.lscp.workspace.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Immutable: Hibernate never issues an UPDATE for it, and the table's triggers refuse one anyway. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntryJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(name = "actor_id")
    Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    String actorName;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false, length = 40)
    String action;

    @Column(name = "entity_type", nullable = false, length = 60)
    String entityType;

    @Column(name = "entity_id", nullable = false, length = 60)
    String entityId;

    @Column(name = "before_state", columnDefinition = "TEXT")
    String before;

    @Column(name = "after_state", columnDefinition = "TEXT")
    String after;
}
