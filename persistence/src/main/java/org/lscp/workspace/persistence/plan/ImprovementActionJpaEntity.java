package org.lscp.workspace.persistence.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "improvement_action")
class ImprovementActionJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_action_seq")
    @SequenceGenerator(name = "improvement_action_seq", sequenceName = "improvement_action_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(name = "recommendation_id", nullable = false)
    long recommendationId;

    @Column(nullable = false, columnDefinition = "TEXT")
    String description;

    @Column(name = "lead_officer_id", nullable = false)
    long leadOfficerId;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Column(nullable = false, length = 40)
    String status;

    @Column(name = "created_on", nullable = false)
    LocalDate createdOn;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_agency", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "agency_id", nullable = false)
    Set<Long> agencies = new HashSet<>();

    @Version
    long version;
}
