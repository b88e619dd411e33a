package id.sipetruk.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The period row's locks between nominating and BKPSDM's early close, with real transactions on separate threads:
 * nominations in flight do not wait for each other on PostgreSQL (a shared lock), the early close waits for them,
 * and a nomination that comes after the close is refused.
 */
@SpringBootTest
class NominationWindowLockTest {

    private static final long WAIT_SECONDS = 20;

    @Autowired AwardPeriodService periods;
    @Autowired PeriodBuilder build;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    private final CountDownLatch release = new CountDownLatch(1);
    private AwardPeriod period;

    @BeforeEach
    void anOpenPeriod() {
        String suffix = Long.toString(System.nanoTime(), 36);
        period = build.period("TLCK-" + suffix).calling(build.inactiveOpd("tlck" + suffix, "Dinas Uji Kunci " + suffix))
                .at(AwardPeriodStatus.NOMINATION_OPEN).save();
    }

    @AfterEach
    void releaseTheHolders() {
        release.countDown();
    }

    /** A nominating transaction that passed the check and holds its lock until {@link #release}. */
    private CompletableFuture<Void> nominationInFlight() throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            periods.checkAcceptsNominations(period.getId());
            checked.countDown();
            await(release);
        }));
        assertThat(checked.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the nomination passed the check").isTrue();
        return holder;
    }

    @Test
    void onPostgres_nominationsOfOnePeriod_doNotWaitForEachOther() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPostgres(), "a shared row lock needs PostgreSQL (H2 has none)");
        CompletableFuture<Void> first = nominationInFlight();
        CompletableFuture<Void> second = nominationInFlight();
        assertThat(first).isNotDone();
        release.countDown();
        CompletableFuture.allOf(first, second).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void theEarlyClose_waitsForTheNominationInFlight_andANominationAfterIt_isRefused() throws Exception {
        CompletableFuture<Void> nominating = nominationInFlight();
        CompletableFuture<Void> close = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                status -> periods.closeNominationEarly(period.getId())));
        assertThatThrownBy(() -> close.get(2, TimeUnit.SECONDS)).as("the close waits for the nomination")
                .isInstanceOf(TimeoutException.class);

        release.countDown();
        nominating.get(WAIT_SECONDS, TimeUnit.SECONDS);
        close.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                status -> periods.checkAcceptsNominations(period.getId())))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get("nomination.windowClosedEarly"));
    }

    private boolean onPostgres() {
        return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
