package org.lscp.workspace.load;

/**
 * How the virtual members divide: half MASH managers working the queue, about a third practitioners recording
 * contacts, the rest senior managers and chairs on the board (at least one of each).
 */
record Mix(int mash, int practitioners, int board) {
    static Mix of(int users) {
        int board = Math.max(1, (int) Math.round(users * 0.15));
        int practitioners = Math.max(1, (int) Math.round(users * 0.35));
        return new Mix(Math.max(1, users - board - practitioners), practitioners, board);
    }
}
