package org.lscp.workspace.domain.notice.port.in;

import org.lscp.workspace.domain.notice.model.Recipients;
import org.lscp.workspace.domain.shared.PartnershipId;

/** How a feature tells members something happened, or is about to fall due. */
public interface Notifier {
    Notifier NONE = new Notifier() {
        @Override
        public void notify(PartnershipId partnership, Recipients to, String text, String subject) {
        }

        @Override
        public int remind(PartnershipId partnership, Recipients to, String text, String subject, String key) {
            return 0;
        }
    };

    void notify(PartnershipId partnership, Recipients to, String text, String subject);

    /**
     * A reminder: each recipient is told once per {@code key} (naming the item and its deadline) however many
     * sweeps, on however many nodes, come across it. Returns how many were told now.
     */
    int remind(PartnershipId partnership, Recipients to, String text, String subject, String key);
}
