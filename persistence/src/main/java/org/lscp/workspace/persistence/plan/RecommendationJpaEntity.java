package org.lscp.workspace.persistence.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "recommendation")
class RecommendationJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_seq")
    @SequenceGenerator(name = "recommendation_seq", sequenceName = "recommendation_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(name = "inspection_id", nullable = false)
    long inspectionId;

    @Column(nullable = false)
    int number;

    @Column(nullable = false, columnDefinition = "TEXT")
    String text;

    @Column(nullable = false, length = 40)
    String theme;

    @Column(name = "lead_officer_id", nullable = false)
    long leadOfficerId;

    @Column(nullable = false, length = 40)
    String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recommendation_agency", joinColumns = @JoinColumn(name = "recommendation_id"))
    @Column(name = "agency_id", nullable = false)
    Set<Long> sharedWith = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "success_measure", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    List<MeasureEmbeddable> measures = new ArrayList<>();

    @Version
    long version;

    @Embeddable
    static class MeasureEmbeddable {
        @Column(nullable = false, length = 200)
        String measure;

        @Column(nullable = false, length = 60)
        String target;

        @Column(nullable = false, length = 20)
        String source;

        @Column(name = "ref_key", nullable = false, length = 60)
        String refKey;

        @Column(name = "amber_within", precision = 10, scale = 2)
        java.math.BigDecimal amberWithin;
    }
}
