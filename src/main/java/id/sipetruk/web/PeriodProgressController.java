package id.sipetruk.web;

import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * GET /periode/{periodCode}/kemajuan: BKPSDM watches a period. Each OPD's way through the stages and every open
 * task of the period with its holder, age, due date and lateness, overdue ones first. BKPSDM's admins and
 * administrators only (the security configuration guards the path, {@link AccessPolicy#mayWatchProgress} the
 * page).
 */
@Controller
public class PeriodProgressController {

    private final ProgressPages pages;
    private final AccessPolicy access;

    public PeriodProgressController(ProgressPages pages, AccessPolicy access) {
        this.pages = pages;
        this.access = access;
    }

    @GetMapping("/periode/{periodCode}/kemajuan")
    public String progress(@PathVariable String periodCode,
                           @RequestParam(name = "terlambat", required = false) String lateOnly, Model model) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.mayWatchProgress(viewer), viewer, "halaman kemajuan periode");
        ProgressPages.Progress progress = pages.of(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode));
        model.addAttribute("k", progress);
        model.addAttribute("lateOnly", lateOnly != null);
        model.addAttribute("tasks", lateOnly == null ? progress.tasks()
                : progress.tasks().stream().filter(ProgressPages.OpenTask::overdue).toList());
        return "dokumen/kemajuan";
    }
}
