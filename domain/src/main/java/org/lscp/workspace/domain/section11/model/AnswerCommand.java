package org.lscp.workspace.domain.section11.model;

import org.jspecify.annotations.Nullable;

/**
 * An agency lead's rating of one standard as given: the rating and its evidence — text, a link, a new file (which
 * replaces the one kept), or the file kept removed — and the version of the answer the lead saw (-1 when there was
 * none), so a rating changed since (by the lead elsewhere, or carried forward) is not overwritten unseen.
 */
public record AnswerCommand(int standard, @Nullable Rating rating, String evidence, String link,
                            @Nullable String fileName, byte @Nullable [] file, boolean removeFile,
                            long expectedVersion) {
    /** Text and a link only, keeping any file. */
    public static AnswerCommand of(int standard, @Nullable Rating rating, String evidence, String link,
                                   long expectedVersion) {
        return new AnswerCommand(standard, rating, evidence, link, null, null, false, expectedVersion);
    }
}
