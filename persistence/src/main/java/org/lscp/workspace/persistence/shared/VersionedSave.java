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
 * Insert-or-update with optimistic locking, shared by every adapter of a versioned record: a record saved from a
 * stale version — whether noticed on load or by {@code @Version} at flush — is a ConcurrentChangeException.
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

    private static ConcurrentChangeException stale(String what) {
        return new ConcurrentChangeException("This " + what + " was changed by someone else. Reload and try again.");
    }
}
