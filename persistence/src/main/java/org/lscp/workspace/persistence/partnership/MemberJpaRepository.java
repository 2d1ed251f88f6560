package org.lscp.workspace.persistence.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberJpaRepository extends JpaRepository<MemberJpaEntity, Long> {
    String FILTER = """
            from MemberJpaEntity m where m.partnershipId = :partnership
             and (:pattern is null or lower(m.name) like :pattern escape '!' or m.email like :pattern escape '!')
             and (:agency is null or m.agencyId = :agency)
             and (:role is null or :role member of m.roles)
             and (:active is null or m.active = :active)""";

    Optional<MemberJpaEntity> findByIdAndPartnershipId(long id, long partnershipId);

    Optional<MemberJpaEntity> findByEmail(String email);

    @Query("select count(m) > 0 from MemberJpaEntity m where m.email = :email and (:except is null or m.id <> :except)")
    boolean emailTaken(@Param("email") String email, @Param("except") Long except);

    @Query("select m " + FILTER + " order by m.name, m.id")
    List<MemberJpaEntity> search(@Param("partnership") long partnership, @Param("pattern") String pattern,
                                 @Param("agency") Long agency, @Param("role") String role,
                                 @Param("active") Boolean active, Pageable page);

    @Query("select count(m) " + FILTER)
    long countMatching(@Param("partnership") long partnership, @Param("pattern") String pattern,
                       @Param("agency") Long agency, @Param("role") String role, @Param("active") Boolean active);

    @Query("select m.id, m.name from MemberJpaEntity m where m.partnershipId = :partnership and m.id in :ids")
    List<Object[]> names(@Param("partnership") long partnership, @Param("ids") java.util.Collection<Long> ids);

    /** The member with the names of their agency and partnership: [member, agency name, partnership name]. */
    @Query("""
            select m, a.name, p.name from MemberJpaEntity m, AgencyJpaEntity a, PartnershipJpaEntity p
             where m.id = :id and m.active = true and a.id = m.agencyId and p.id = m.partnershipId""")
    List<Object[]> activeWithNames(@Param("id") long id);

    @Query("""
            select m, a.name, p.name from MemberJpaEntity m, AgencyJpaEntity a, PartnershipJpaEntity p
             where m.partnershipId = :partnership and m.active = true and a.id = m.agencyId and p.id = m.partnershipId
               and (:agency is null or m.agencyId = :agency) and (:role is null or :role member of m.roles)
             order by m.name, m.id""")
    List<Object[]> activeWithNames(@Param("partnership") long partnership, @Param("agency") Long agency,
                                   @Param("role") String role);
}
