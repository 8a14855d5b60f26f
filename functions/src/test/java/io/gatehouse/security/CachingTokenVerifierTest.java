package io.gatehouse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.gatehouse.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache of ENGINEERING.md: by token hash, bounded, never past exp, no failures.
 */
class CachingTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

    private final TestClock clock = new TestClock(NOW);
    private final TokenVerifier delegate = mock(TokenVerifier.class);
    private CachingTokenVerifier verifier;

    @BeforeEach
    void setUp() {
        verifier = new CachingTokenVerifier(delegate, 3, clock);
    }

    @Test
    void aRepeatedTokenIsVerifiedOnce() throws Exception {
        Principal alice = principalExpiringIn("alice", Duration.ofMinutes(5));
        when(delegate.verify("token-a")).thenReturn(alice);

        assertThat(verifier.verify("token-a")).isSameAs(alice);
        assertThat(verifier.verify("token-a")).isSameAs(alice);
        assertThat(verifier.verify("token-a")).isSameAs(alice);

        verify(delegate, times(1)).verify("token-a");
    }

    @Test
    void anyChangeToTheTokenIsAMiss() throws Exception {
        when(delegate.verify("token-a"))
                .thenReturn(principalExpiringIn("alice", Duration.ofMinutes(5)));
        when(delegate.verify("token-A"))
                .thenThrow(new InvalidTokenException("signature does not verify"));
        verifier.verify("token-a");

        assertThatThrownBy(() -> verifier.verify("token-A"))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anEntryIsServedUntilExpAndNeverAfter() throws Exception {
        when(delegate.verify("token-a"))
                .thenReturn(principalExpiringIn("alice", Duration.ofSeconds(60)));
        verifier.verify("token-a");

        clock.advance(Duration.ofSeconds(59));
        verifier.verify("token-a");
        verify(delegate, times(1)).verify("token-a");

        clock.advance(Duration.ofSeconds(1)); // now == exp
        when(delegate.verify("token-a")).thenThrow(new InvalidTokenException("token expired"));
        assertThatThrownBy(() -> verifier.verify("token-a")).hasMessage("token expired");
        verify(delegate, times(2)).verify("token-a");
        assertThat(verifier.size()).isZero();
    }

    @Test
    void aTokenAcceptedOnlyThanksToSkewIsNotCached() throws Exception {
        // The verifier tolerates clock skew past exp; the cache must not stretch that further.
        when(delegate.verify("token-a"))
                .thenReturn(principalExpiringIn("alice", Duration.ofSeconds(-10)));

        verifier.verify("token-a");
        verifier.verify("token-a");

        verify(delegate, times(2)).verify("token-a");
        assertThat(verifier.size()).isZero();
    }

    @Test
    void failuresAreNeverCached() throws Exception {
        Principal alice = principalExpiringIn("alice", Duration.ofMinutes(5));
        when(delegate.verify("token-a"))
                .thenThrow(
                        new InvalidTokenException(
                                "no published signing key fits the token's kid and alg"))
                .thenThrow(
                        new InvalidTokenException(
                                "no published signing key fits the token's kid and alg"))
                .thenReturn(alice);

        assertThatThrownBy(() -> verifier.verify("token-a"))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("token-a"))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(verifier.verify("token-a")).isSameAs(alice); // e.g. after the JWKS refetch

        verify(delegate, times(3)).verify("token-a");
    }

    @Test
    void staysWithinItsSizeAndAnEvictedTokenIsSimplyVerifiedAgain() throws Exception {
        List<String> tokens = List.of("t1", "t2", "t3", "t4");
        for (String token : tokens) {
            when(delegate.verify(token))
                    .thenReturn(principalExpiringIn(token, Duration.ofMinutes(5)));
        }
        for (String token : tokens) {
            verifier.verify(token);
        }

        assertThat(verifier.size()).isEqualTo(3);
        for (String token : tokens) {
            assertThat(verifier.verify(token).subject())
                    .isEqualTo(token); // a miss costs a verification, never a wrong answer
        }
        verify(delegate, atLeast(5)).verify(anyString());
    }

    @Test
    void manyDistinctTokensNeverGrowItPastItsBound() throws Exception {
        CachingTokenVerifier bounded = new CachingTokenVerifier(delegate, 100, clock);
        when(delegate.verify(anyString()))
                .thenAnswer(
                        call -> principalExpiringIn(call.getArgument(0), Duration.ofMinutes(5)));
        for (int i = 0; i < 1_000; i++) {
            bounded.verify("token-" + i);
        }

        assertThat(bounded.size()).isEqualTo(100);
    }

    @Test
    void aMissingTokenGoesStraightToTheVerifier() throws Exception {
        when(delegate.verify(null)).thenThrow(new InvalidTokenException("no token"));

        assertThatThrownBy(() -> verifier.verify(null)).hasMessage("no token");
    }

    private Principal principalExpiringIn(String subject, Duration lifetime) {
        return new Principal(
                subject,
                Set.of(Role.AUTHENTICATED),
                List.of(),
                true,
                clock.instant().plus(lifetime));
    }
}
