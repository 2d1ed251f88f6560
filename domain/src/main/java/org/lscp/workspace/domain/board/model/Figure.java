package org.lscp.workspace.domain.board.model;

/** A success measure's value: a proportion counted or returned ({@link Ratio}), or an amount returned ({@link Amount}). */
public sealed interface Figure permits Ratio, Amount {
    boolean noData();

    /** The percentage of a proportion, the amount otherwise; call only when there is data. */
    double number();

    /** "87% (174 of 200)", "17.5 children", or "no data". */
    String display();

    /** The value for a RAG rule, none without data. */
    default Double orNull() {
        return noData() ? null : number();
    }
}
