package org.lscp.workspace.domain.redaction.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.audit.Audit;
import org.lscp.workspace.domain.redaction.model.Candidates;
import org.lscp.workspace.domain.redaction.model.ChildIdentifiers;
import org.lscp.workspace.domain.redaction.model.Identifier;
import org.lscp.workspace.domain.redaction.model.IdentifiesChildException;
import org.lscp.workspace.domain.redaction.model.KeptIdentifier;
import org.lscp.workspace.domain.redaction.model.KnownChildren;
import org.lscp.workspace.domain.redaction.port.in.ChildIdentifierUseCase;
import org.lscp.workspace.domain.redaction.port.out.ChildRecords;
import org.lscp.workspace.domain.redaction.port.out.KeptIdentifiers;
import org.lscp.workspace.domain.shared.Actor;
import org.lscp.workspace.domain.shared.Check;
import org.lscp.workspace.domain.shared.PartnershipId;
import org.lscp.workspace.domain.shared.Text;

/** Checks chair-readable text when it is saved and masks it when it is read; see {@link ChildIdentifiers}. */
public final class ChildIdentifierService implements ChildIdentifierUseCase {
    private final ChildRecords records;
    private final KeptIdentifiers kept;
    private final Audit auditor;

    public ChildIdentifierService(ChildRecords records, KeptIdentifiers kept, Audit auditor) {
        this.records = records;
        this.kept = kept;
        this.auditor = auditor;
    }

    @Override
    public void check(Actor actor, String field, @Nullable String text) {
        Map<String, @Nullable String> one = new LinkedHashMap<>();
        one.put(field, text);
        check(actor, one);
    }

    @Override
    public void check(Actor actor, Map<String, @Nullable String> texts) {
        Map<String, String> present = new LinkedHashMap<>();
        texts.forEach((field, text) -> {
            if (text != null && !text.isBlank()) present.put(field, text);
        });
        if (present.isEmpty()) return;
        KnownChildren known = lookup(actor.partnershipId(), List.copyOf(present.values()));
        Instant now = auditor.now();
        List<IdentifiesChildException.Finding> findings = new ArrayList<>();
        present.forEach((field, text) -> {
            List<Identifier> found = ChildIdentifiers.find(text, known);
            if (found.isEmpty() || keptAt(actor, text, now)) return;
            findings.add(new IdentifiesChildException.Finding(field, text, found.stream().map(Identifier::text)
                    .distinct().toList()));
        });
        if (!findings.isEmpty()) throw new IdentifiesChildException(findings);
    }

    @Override
    public void keep(Actor actor, List<String> texts, String reason) {
        new Check().longText("reason", reason, "why it must stay", KeptIdentifier.REASON_MAX)
                .notEmpty("reason", texts, "There is nothing to keep: save again.").done();
        KnownChildren known = lookup(actor.partnershipId(), texts);
        Instant now = auditor.now();
        for (String text : texts.stream().distinct().toList()) {
            KeptIdentifier confirmation = new KeptIdentifier(actor.partnershipId(), actor.memberId(), sha256(text),
                    Text.block(reason), now, ChildIdentifiers.find(text, known).size());
            kept.save(confirmation);
            auditor.created(actor, confirmation);
        }
    }

    @Override
    public @Nullable String forReader(Actor actor, @Nullable String text) {
        List<@Nullable String> one = new ArrayList<>();
        one.add(text);
        return forReader(actor, one).getFirst();
    }

    @Override
    public List<@Nullable String> forReader(Actor actor, List<@Nullable String> texts) {
        return ChildIdentifiers.seesChildren(actor) ? texts : masked(actor.partnershipId(), texts);
    }

    @Override
    public List<@Nullable String> masked(PartnershipId partnership, List<@Nullable String> texts) {
        if (texts.isEmpty()) return texts;
        KnownChildren known = lookup(partnership, texts);
        List<@Nullable String> out = new ArrayList<>(texts.size());
        for (String text : texts) out.add(ChildIdentifiers.masked(text, known));
        return out;
    }

    private KnownChildren lookup(PartnershipId partnership, List<? extends @Nullable String> texts) {
        Candidates candidates = Candidates.in(texts);
        return candidates.isEmpty() ? KnownChildren.NONE : records.find(partnership, candidates);
    }

    private boolean keptAt(Actor actor, String text, Instant now) {
        return kept.find(actor.partnershipId(), actor.memberId(), sha256(text)).filter(k -> k.validAt(now))
                .isPresent();
    }

    /** The text's SHA-256 as 64 hex digits: what a confirmation names. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
