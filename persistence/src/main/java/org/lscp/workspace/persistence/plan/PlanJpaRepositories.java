package org.lscp.workspace.persistence.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InspectionJpaRepository extends JpaRepository<InspectionJpaEntity, Long> {
    Optional<InspectionJpaEntity> findByIdAndPartnershipId(long id, long partnershipId);

    List<InspectionJpaEntity> findByPartnershipIdOrderByStartDateDescIdDesc(long partnershipId);
}

interface RecommendationJpaRepository extends JpaRepository<RecommendationJpaEntity, Long> {
    Optional<RecommendationJpaEntity> findByIdAndPartnershipId(long id, long partnershipId);

    @Query("""
            select r from RecommendationJpaEntity r where r.partnershipId = :partnership
             and (:theme is null or r.theme = :theme)
             and (:status is null or r.status = :status)
             and (:lead is null or r.leadOfficerId = :lead)
             and (:agency is null or :agency member of r.sharedWith)
             order by r.inspectionId desc, r.number""")
    List<RecommendationJpaEntity> search(@Param("partnership") long partnership, @Param("theme") String theme,
                                         @Param("status") String status, @Param("lead") Long lead,
                                         @Param("agency") Long agency);

    @Query("select count(r) > 0 from RecommendationJpaEntity r where r.inspectionId = :inspection"
            + " and r.number = :number and (:except is null or r.id <> :except)")
    boolean numberTaken(@Param("inspection") long inspection, @Param("number") int number,
                        @Param("except") Long except);
}

interface ImprovementActionJpaRepository extends JpaRepository<ImprovementActionJpaEntity, Long> {
    Optional<ImprovementActionJpaEntity> findByIdAndPartnershipId(long id, long partnershipId);

    List<ImprovementActionJpaEntity> findByRecommendationIdOrderByDueDateAscIdAsc(long recommendationId);

    @Query("select a from ImprovementActionJpaEntity a where a.partnershipId = :partnership"
            + " and a.leadOfficerId = :lead and a.status <> 'COMPLETE' order by a.dueDate, a.id")
    List<ImprovementActionJpaEntity> openLedBy(@Param("partnership") long partnership, @Param("lead") long lead);

    @Query("select a from ImprovementActionJpaEntity a where a.partnershipId = :partnership"
            + " and a.dueDate between :from and :to and a.status <> 'COMPLETE' order by a.dueDate, a.id")
    List<ImprovementActionJpaEntity> openDueBetween(@Param("partnership") long partnership,
                                                    @Param("from") LocalDate from, @Param("to") LocalDate to);
}

interface ProgressUpdateJpaRepository extends JpaRepository<ProgressUpdateJpaEntity, Long> {
    List<ProgressUpdateJpaEntity> findByActionIdInOrderByAtDescIdDesc(Collection<Long> actionIds);
}

interface EvidenceItemJpaRepository extends JpaRepository<EvidenceItemJpaEntity, Long> {
    List<EvidenceItemJpaEntity> findByActionIdInOrderByAddedAtDescIdDesc(Collection<Long> actionIds);

    long countByActionId(long actionId);
}
