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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "inspection")
class InspectionJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_seq")
    @SequenceGenerator(name = "inspection_seq", sequenceName = "inspection_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(nullable = false, length = 120)
    String inspectorate;

    @Column(nullable = false, length = 40)
    String type;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "start_date", nullable = false)
    LocalDate startDate;

    @Column(name = "end_date")
    LocalDate endDate;

    @Column(name = "published_on")
    LocalDate publishedOn;

    @Column(nullable = false, columnDefinition = "TEXT")
    String strengths;

    @Column(name = "areas_for_improvement", nullable = false, columnDefinition = "TEXT")
    String areasForImprovement;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_judgement", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    List<JudgementEmbeddable> judgements = new ArrayList<>();

    @Version
    long version;

    @Embeddable
    static class JudgementEmbeddable {
        @Column(nullable = false, length = 200)
        String area;

        @Column(nullable = false, length = 40)
        String judgement;
    }
}
