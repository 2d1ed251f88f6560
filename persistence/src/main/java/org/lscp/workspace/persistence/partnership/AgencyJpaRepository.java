package org.lscp.workspace.persistence.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyJpaRepository extends JpaRepository<AgencyJpaEntity, Long> {
    String FILTER = """
            from AgencyJpaEntity a where a.partnershipId = :partnership
             and (:pattern is null or lower(a.name) like :pattern escape '!')
             and (:kind is null or a.kind = :kind)""";

    Optional<AgencyJpaEntity> findByIdAndPartnershipId(long id, long partnershipId);

    @Query("select count(a) > 0 from AgencyJpaEntity a where a.partnershipId = :partnership"
            + " and lower(a.name) = lower(:name) and (:except is null or a.id <> :except)")
    boolean nameTaken(@Param("partnership") long partnership, @Param("name") String name,
                      @Param("except") Long except);

    @Query("select a " + FILTER + " order by a.name")
    List<AgencyJpaEntity> search(@Param("partnership") long partnership, @Param("pattern") String pattern,
                                 @Param("kind") String kind, Pageable page);

    @Query("select count(a) " + FILTER)
    long countMatching(@Param("partnership") long partnership, @Param("pattern") String pattern,
                       @Param("kind") String kind);
}
