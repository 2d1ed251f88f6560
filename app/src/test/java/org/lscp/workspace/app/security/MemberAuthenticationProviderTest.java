package org.lscp.workspace.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lscp.workspace.domain.partnership.model.SignInResult;
import org.lscp.workspace.domain.partnership.port.in.SignInUseCase;
import org.lscp.workspace.domain.shared.StorageUnavailableException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Only so many passwords are checked at once; a sign-in that cannot have its turn in time is told the workspace is
 * very busy, without its password being checked (nor a database connection held meanwhile).
 */
class MemberAuthenticationProviderTest {
    private final CountDownLatch checking = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final AtomicInteger checked = new AtomicInteger();

    /** The sign-in use case, taking as long as the test says: a stand-in for a slow password check. */
    private final SignInUseCase slowCheck = (SignInUseCase) java.lang.reflect.Proxy.newProxyInstance(
            SignInUseCase.class.getClassLoader(), new Class<?>[] {SignInUseCase.class}, (proxy, method, args) -> {
                if (!method.getName().equals("signIn")) throw new UnsupportedOperationException(method.getName());
                checked.incrementAndGet();
                checking.countDown();
                assertThat(finish.await(10, TimeUnit.SECONDS)).isTrue();
                return new SignInResult.Rejected();
            });

    @Test
    void aSignInWaitsForItsTurnAndIsToldTheWorkspaceIsBusyWhenItDoesNotComeInTime() throws Exception {
        var provider = new MemberAuthenticationProvider(slowCheck, 1, Duration.ofMillis(300));
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> {
            try {
                provider.authenticate(new UsernamePasswordAuthenticationToken("a@enfield.example", "wrong"));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> provider.authenticate(
                new UsernamePasswordAuthenticationToken("b@enfield.example", "wrong")))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .hasMessage(StorageUnavailableException.BUSY)
                .cause().isInstanceOfSatisfying(StorageUnavailableException.class,
                        busy -> assertThat(busy.busy()).as("the sign-in page says 'very busy'").isTrue());
        assertThat(checked).as("the second password was not checked").hasValue(1);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(
                new UsernamePasswordAuthenticationToken("b@enfield.example", "wrong")))
                .as("its turn comes once the first check is done").isInstanceOf(BadCredentialsException.class);
        assertThat(checked).hasValue(2);
    }
}
