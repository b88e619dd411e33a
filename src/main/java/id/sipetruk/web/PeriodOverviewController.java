package id.sipetruk.web;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.DeadlineChange;
import id.sipetruk.period.PeriodStage;
import id.sipetruk.period.PeriodTimelineService;
import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * GET /periode/{periodCode}: one award period at a glance, for BKPSDM, the Bupati's role and administrators; with
 * its timeline, whose deadlines BKPSDM's admins change there (POST /periode/{periodCode}/jadwal, with a reason: the
 * stage's open tasks get the new due date; docs/process.md, "Timeline and due dates").
 */
@Controller
public class PeriodOverviewController {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DocumentPages pages;
    private final AccessPolicy access;
    private final AwardPeriodRepository periods;
    private final PeriodTimelineService timeline;

    public PeriodOverviewController(DocumentPages pages, AccessPolicy access, AwardPeriodRepository periods,
                                    PeriodTimelineService timeline) {
        this.pages = pages;
        this.access = access;
        this.periods = periods;
        this.timeline = timeline;
    }

    /** One stage's row of the timeline: its deadline as shown and as the form's input wants it. */
    public record StageRow(String stage, String label, String deadline, String inputValue, boolean changeable) {
    }

    /** One recorded change of a deadline. */
    public record ChangeRow(String time, String by, String stage, String from, String to, String reason, int moved) {
    }

    @GetMapping("/periode/{periodCode}")
    public String period(@PathVariable String periodCode, Model model) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeePeriod(viewer), viewer, "halaman periode");
        return show(periodCode, viewer, model);
    }

    @PostMapping("/periode/{periodCode}/jadwal")
    public String changeDeadline(@PathVariable String periodCode,
                                 @RequestParam(name = "tahap", required = false) String stage,
                                 @RequestParam(name = "bataswaktu", required = false) String deadline,
                                 @RequestParam(name = "alasan", required = false) String reason,
                                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayChangeTimeline(viewer), viewer, "pengubahan jadwal periode");
        try {
            DeadlineChange change = timeline.changeDeadline(periodCode, stage, deadline, reason, viewer.userId());
            redirect.addFlashAttribute("timelineDone", Messages.get("timeline.changed", change.getStage().label(),
                    IndonesianDates.dateTime(change.getNewDueAt()), change.getMovedTasks()));
            return "redirect:/periode/" + UriUtils.encodePathSegment(periodCode, StandardCharsets.UTF_8) + "#jadwal";
        } catch (ValidationException refused) {
            response.setStatus(refused.status());
            model.addAttribute("timelineError", refused.getMessage());
            return show(periodCode, viewer, model);
        }
    }

    private String show(String periodCode, Viewer viewer, Model model) {
        model.addAttribute("p", pages.period(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode)));
        model.addAttribute("reports", pages.periodReports(periodCode));
        AwardPeriod period = periods.findByCode(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode));
        boolean mayChange = access.mayChangeTimeline(viewer);
        model.addAttribute("mayChangeTimeline", mayChange);
        model.addAttribute("mayWatchProgress", access.mayWatchProgress(viewer));
        model.addAttribute("timeline", Arrays.stream(PeriodStage.values()).map(stage -> new StageRow(stage.name(),
                stage.label(), IndonesianDates.dateTime(period.deadline(stage)), period.deadline(stage).format(INPUT),
                mayChange && stage != PeriodStage.NOMINATION)).toList());
        List<ChangeRow> changes = timeline.changesOf(period.getId()).stream().map(c -> new ChangeRow(
                IndonesianDates.dateTime(c.getChangedAt()), c.getChangedBy(), c.getStage().label(),
                IndonesianDates.dateTime(c.getOldDueAt()), IndonesianDates.dateTime(c.getNewDueAt()), c.getReason(),
                c.getMovedTasks())).toList();
        model.addAttribute("timelineChanges", changes);
        return "dokumen/periode";
    }
}
