-- Matching a child across contacts: candidates are found by date of birth (or, without one, by name), and a MASH
-- member's judgement that two contacts are not about the same child is kept so the match is not suggested again.
alter table contact add index ix_contact_child_dob (partnership_id, child_dob);

create table child_match_rejection (
    contact_id       bigint       not null,
    other_contact_id bigint       not null,
    partnership_id   bigint       not null,
    judged_by_name   varchar(120) not null,
    judged_at        datetime(6)  not null,
    primary key (contact_id, other_contact_id),
    constraint fk_rejection_contact foreign key (contact_id) references contact (id),
    constraint fk_rejection_other foreign key (other_contact_id) references contact (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
