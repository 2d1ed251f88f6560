package org.lscp.workspace.app.live;

/** The in-process adapter against the change contract. */
class InProcessChangesTest extends ChangesContract {
    private final InProcessChanges adapter = new InProcessChanges();

    @Override
    @SuppressWarnings("unchecked")
    InProcessChanges adapter() {
        return adapter;
    }
}
