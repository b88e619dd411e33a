package id.sipetruk.web;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.notification.Reminders;
import id.sipetruk.operations.OpenIncidents;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * GET /periode/{periodCode}/kemajuan: BKPSDM watches a period. Each OPD's way through the stages and every open
 * task of the period with its holder, age, due date and lateness, overdue ones first. BKPSDM's admins and
 * administrators only (the security configuration guards the path, {@link AccessPolicy#mayWatchProgress} the
 * page). POST /periode/{periodCode}/kemajuan/pengingat reminds the holders of one open task of the period now
 * ({@link Reminders#remindNow}); the task must be an open task whose recorded subject is this period, whatever the
 * form says.
 */
@Controller
public class PeriodProgressController {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodProgressController.class);

    private final ProgressPages pages;
    private final AccessPolicy access;
    private final Reminders reminders;
    private final OpenIncidents incidents;

    public PeriodProgressController(ProgressPages pages, AccessPolicy access, Reminders reminders,
                                    OpenIncidents incidents) {
        this.incidents = incidents;
        this.pages = pages;
        this.access = access;
        this.reminders = reminders;
    }

    @GetMapping("/periode/{periodCode}/kemajuan")
    public String progress(@PathVariable String periodCode,
                           @RequestParam(name = "terlambat", required = false) String lateOnly, Model model) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayWatchProgress(viewer), viewer, "halaman kemajuan periode");
        ProgressPages.Progress progress = pages.of(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode));
        model.addAttribute("k", progress);
        model.addAttribute("incidents", incidents.ofPeriod(progress.code()));
        model.addAttribute("lateOnly", lateOnly != null);
        model.addAttribute("tasks", lateOnly == null ? progress.tasks()
                : progress.tasks().stream().filter(ProgressPages.OpenTask::overdue).toList());
        return "dokumen/kemajuan";
    }

    @PostMapping("/periode/{periodCode}/kemajuan/pengingat")
    public String remind(@PathVariable String periodCode, @RequestParam(name = "tugas", required = false) String taskId,
                         RedirectAttributes redirect) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayWatchProgress(viewer), viewer, "pengiriman pengingat");
        if (!pages.exists(periodCode)) {
            throw new PageNotFoundException("Periode " + periodCode);
        }
        String back = "redirect:/periode/" + UriUtils.encodePathSegment(periodCode, StandardCharsets.UTF_8)
                + "/kemajuan#tugas";
        if (!pages.isOpenTaskOf(periodCode, taskId)) {
            LOG.warn("Reminder refused: user '{}' asked for task '{}', not an open task of period {}", viewer.userId(),
                    taskId, periodCode);
            redirect.addFlashAttribute("reminderError", Messages.get("progress.reminder.notOfPeriod", periodCode));
            return back;
        }
        try {
            int reminded = reminders.remindNow(taskId, viewer.userId());
            redirect.addFlashAttribute("reminderSent", Messages.get("progress.reminder.sent", reminded));
        } catch (ValidationException refused) {
            LOG.info("Reminder of task {} refused for user '{}': {}", taskId, viewer.userId(), refused.getMessage());
            redirect.addFlashAttribute("reminderError", refused.getMessage());
        }
        return back;
    }
}
