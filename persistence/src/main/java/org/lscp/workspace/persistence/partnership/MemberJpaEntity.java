package org.lscp.workspace.persistence.partnership;

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
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "member")
class MemberJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(name = "agency_id", nullable = false)
    long agencyId;

    @Column(nullable = false, length = 120)
    String name;

    @Column(nullable = false, length = 254)
    String email;

    @Column(nullable = false)
    boolean active;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    boolean mustChangePassword;

    /** Loaded in batches (hibernate.default_batch_fetch_size), so a page of members costs two queries. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role", nullable = false, length = 40)
    Set<String> roles = new HashSet<>();

    @Version
    long version;
}
