package org.lscp.workspace.persistence.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "agency")
class AgencyJpaEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    Long id;

    @Column(name = "partnership_id", nullable = false)
    long partnershipId;

    @Column(nullable = false, length = 120)
    String name;

    @Column(name = "short_name", nullable = false, length = 24)
    String shortName = "";

    @Column(nullable = false, length = 40)
    String kind;

    @Column(name = "statutory_partner", nullable = false)
    boolean statutoryPartner;

    @Version
    long version;
}
