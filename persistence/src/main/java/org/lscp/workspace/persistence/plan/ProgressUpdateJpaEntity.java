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
@Table(name = "progress_update")
class ProgressUpdateJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_update_seq")
    @SequenceGenerator(name = "progress_update_seq", sequenceName = "progress_update_seq", allocationSize = 50)
    Long id;

    @Column(name = "action_id", nullable = false)
    long actionId;

    @Column(nullable = false)
    Instant at;

    @Column(name = "by_id", nullable = false)
    long byId;

    @Column(name = "by_name", nullable = false, length = 120)
    String byName;

    @Column(nullable = false, columnDefinition = "TEXT")
    String text;

    @Column(nullable = false, length = 40)
    String status;
}
