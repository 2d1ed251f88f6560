package org.lscp.workspace.persistence.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "evidence_item")
class EvidenceItemJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_item_seq")
    @SequenceGenerator(name = "evidence_item_seq", sequenceName = "evidence_item_seq", allocationSize = 50)
    Long id;

    @Column(name = "action_id", nullable = false)
    long actionId;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    String summary;

    @Column(length = 1000)
    String link;

    @Column(name = "file_name", length = 200)
    String fileName;

    @Column(name = "file_type", length = 10)
    String fileType;

    @Column(name = "file_size")
    Long fileSize;

    @Column(name = "added_by_id", nullable = false)
    long addedById;

    @Column(name = "added_by_name", nullable = false, length = 120)
    String addedByName;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;
}
