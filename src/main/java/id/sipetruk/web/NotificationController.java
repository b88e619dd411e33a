package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.demo.DemoMailbox;
import id.sipetruk.notification.Notification;
import id.sipetruk.notification.NotificationRepository;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /notifikasi (BKPSDM's administrators): the latest notifications, with the ones still waiting or given up and
 * why; in the demo, the e-mails themselves ({@link DemoMailbox}).
 */
@Controller
public class NotificationController {

    private static final int SHOWN = 200;

    private final NotificationRepository notifications;
    private final ObjectProvider<DemoMailbox> demoMailbox;

    public NotificationController(NotificationRepository notifications, ObjectProvider<DemoMailbox> demoMailbox) {
        this.notifications = notifications;
        this.demoMailbox = demoMailbox;
    }

    /** One notification as the page lists it. */
    public record Row(String created, String recipient, String taskId, String kind, String channel, String status,
                      int attempts, String error, String sent) {
    }

    @GetMapping("/notifikasi")
    public String show(Model model) {
        List<Row> rows = notifications.findAll(PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "id")))
                .stream().map(NotificationController::row).toList();
        model.addAttribute("rows", rows);
        DemoMailbox mailbox = demoMailbox.getIfAvailable();
        model.addAttribute("mailbox", mailbox == null ? null : mailbox.recent());
        return "dokumen/notifikasi";
    }

    private static Row row(Notification n) {
        String kind = Messages.label(n.getKind()) + (n.getRound() > 0 ? " (BKPSDM, ke-" + n.getRound() + ")" : "");
        return new Row(IndonesianDates.dateTime(n.getCreatedAt()), n.getRecipient(), n.getTaskId(), kind,
                Messages.label(n.getChannel()), Messages.label(n.getStatus()), n.getAttempts(),
                n.getLastError() == null ? "" : n.getLastError(), IndonesianDates.dateTime(n.getSentAt()));
    }
}
