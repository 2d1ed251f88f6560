package org.lscp.workspace.persistence.shared;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.lscp.workspace.domain.shared.ConcurrentChangeException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The one optimistic-locking rule of every adapter of a versioned record: a record saved from a stale version is a
 * ConcurrentChangeException, in the same words. A JPA record ({@link #save}) is caught on load or by {@code @Version}
 * at flush; a JDBC record updates {@code where ... and version = :version} and hands the rows it changed to
 * {@link #requireUpdated}.
 */
public final class VersionedSave {
    private VersionedSave() {
    }

    public static <E, D> D save(JpaRepository<E, Long> repository, @Nullable Long id, long expectedVersion,
                                Supplier<E> newEntity, ToLongFunction<E> versionOf, Consumer<E> copy,
                                Function<E, D> toDomain, String what) {
        E entity = id == null ? newEntity.get() : repository.findById(id).orElseThrow();
        if (id != null && versionOf.applyAsLong(entity) != expectedVersion) throw stale(what);
        copy.accept(entity);
        try {
            return toDomain.apply(repository.saveAndFlush(entity));
        } catch (OptimisticLockingFailureException e) {
            throw stale(what);
        }
    }

    /** After a JDBC {@code update ... where id = :id and version = :version}: no row changed means a stale version. */
    public static void requireUpdated(int rowsUpdated, String what) {
        if (rowsUpdated == 0) throw stale(what);
    }

    private static ConcurrentChangeException stale(String what) {
        return new ConcurrentChangeException("This " + what + " was changed by someone else. Reload and try again.");
    }
}
