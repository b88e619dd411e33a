package id.sipetruk.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop100ByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(Notification.Status status,
                                                                                   LocalDateTime now);

    List<Notification> findByTaskIdOrderById(String taskId);

    boolean existsByTaskIdAndRecipient(String taskId, String recipient);
}
