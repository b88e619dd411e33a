package id.sipetruk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * At shutdown the after-commit sender lets a send in progress finish before the beans it needs (the database) close,
 * and a notification queued after that is left to the next start's scheduled run instead of failing the commit.
 */
class NotificationSenderShutdownTest {

    @Test
    void theStopWaitsForASendInProgress_andANotificationQueuedAfterIt_isLeftForLater() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        NotificationSender sender = new NotificationSender(null, List.of(), null, null, null, properties(),
                Clock.systemUTC(), new SlowDatabase(sending, finished));

        sender.queued(new NotificationQueue.Queued());
        assertThat(sending.await(5, TimeUnit.SECONDS)).as("the send started").isTrue();
        sender.stopSending();
        assertThat(finished).as("the stop waited for the send in progress").isTrue();

        assertThatCode(() -> sender.queued(new NotificationQueue.Queued())).doesNotThrowAnyException();
    }

    private static NotificationProperties properties() {
        return new NotificationProperties("SI PETRUK <no-reply@localhost>", Duration.ofMinutes(5), 10,
                LocalTime.of(7, 0), true, Duration.ofHours(1),
                new NotificationProperties.Whatsapp(null, "application/json", "{}", Map.of(), Duration.ofSeconds(10)));
    }

    /** A database that takes half a second to begin the send's transaction, then is gone. */
    private record SlowDatabase(CountDownLatch sending, AtomicBoolean finished) implements PlatformTransactionManager {

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            sending.countDown();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            throw new IllegalStateException("no database in this test");
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }
}
