package org.lscp.workspace.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageUnavailableExceptionTest {
    @Test
    void aBusyWorkspaceAndAnAbsentDatabaseAreToldApartByWhatHappenedNotByTheirWords() {
        var cause = new IllegalStateException("pool");
        StorageUnavailableException busy = StorageUnavailableException.busy(cause);
        StorageUnavailableException away = new StorageUnavailableException(cause);
        assertThat(busy.busy()).isTrue();
        assertThat(busy).hasMessage(StorageUnavailableException.BUSY).hasCause(cause);
        assertThat(away.busy()).isFalse();
        assertThat(away).hasMessage(StorageUnavailableException.MESSAGE).hasCause(cause);
    }
}
