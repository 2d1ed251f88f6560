package org.lscp.workspace.persistence.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Deliberately a bare Repository: it can insert and read, and has no update or delete method. */
interface AuditEntryJpaRepository extends Repository<AuditEntryJpaEntity, Long> {
    String FILTER = """
            from AuditEntryJpaEntity e where e.partnershipId = :partnership
             and (:actor is null or e.actorId = :actor)
             and (:type is null or e.entityType = :type)
             and (:from is null or e.at >= :from)
             and (:to is null or e.at < :to)
             and (:action is null or e.action = :action)""";

    AuditEntryJpaEntity save(AuditEntryJpaEntity entry);

    @Query("select e " + FILTER + " order by e.at desc, e.id desc")
    List<AuditEntryJpaEntity> search(@Param("partnership") long partnership, @Param("actor") Long actor,
                                     @Param("type") String type, @Param("from") Instant from,
                                     @Param("to") Instant to, @Param("action") String action, Pageable page);

    @Query("select count(e) " + FILTER)
    long countMatching(@Param("partnership") long partnership, @Param("actor") Long actor,
                       @Param("type") String type, @Param("from") Instant from, @Param("to") Instant to,
                       @Param("action") String action);

    List<AuditEntryJpaEntity> findByPartnershipIdAndEntityTypeAndEntityIdOrderByAtDescIdDesc(
            long partnership, String type, String id, Pageable page);
}
