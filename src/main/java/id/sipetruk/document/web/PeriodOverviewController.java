package id.sipetruk.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** GET /periode/{periodCode}: one award period at a glance. */
@Controller
public class PeriodOverviewController {

    private final DocumentPages pages;

    public PeriodOverviewController(DocumentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/periode/{periodCode}")
    public String period(@PathVariable String periodCode, Model model) {
        model.addAttribute("p", pages.period(periodCode)
                .orElseThrow(() -> new PageNotFoundException("Periode " + periodCode)));
        model.addAttribute("reports", pages.periodReports(periodCode));
        return "dokumen/periode";
    }
}
