package org.lscp.workspace.persistence.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "partnership")
class PartnershipJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_seq")
    @SequenceGenerator(name = "partnership_seq", sequenceName = "partnership_seq", allocationSize = 50)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @Column(name = "local_authority", nullable = false, length = 120)
    String localAuthority;
}
