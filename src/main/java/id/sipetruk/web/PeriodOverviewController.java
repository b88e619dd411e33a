package id.sipetruk.web;

import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** GET /periode/{periodCode}: one award period at a glance, for BKPSDM, the Bupati's role and administrators. */
@Controller
public class PeriodOverviewController {

    private final DocumentPages pages;
    private final AccessPolicy access;

    public PeriodOverviewController(DocumentPages pages, AccessPolicy access) {
        this.pages = pages;
        this.access = access;
    }

    @GetMapping("/periode/{periodCode}")
    public String period(@PathVariable String periodCode, Model model) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeePeriod(viewer), viewer, "halaman periode");
        model.addAttribute("p", pages.period(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode)));
        model.addAttribute("reports", pages.periodReports(periodCode));
        return "dokumen/periode";
    }
}
