package id.sipetruk.web;

import id.sipetruk.security.AccessPolicy;
import id.sipetruk.security.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * GET /berkas/{nominationCode}: everything about one nomination on one page, for those who may see the
 * nomination ({@link AccessPolicy}); a panel member does not see the other members' scores.
 */
@Controller
public class DossierController {

    private final DocumentPages pages;
    private final EvidencePanels evidence;
    private final AccessPolicy access;

    public DossierController(DocumentPages pages, EvidencePanels evidence, AccessPolicy access) {
        this.pages = pages;
        this.evidence = evidence;
        this.access = access;
    }

    @GetMapping("/berkas/{nominationCode}")
    public String dossier(@PathVariable String nominationCode, Model model) {
        Viewer viewer = Viewer.current();
        AccessPolicy.require(access.maySeeNomination(viewer, nominationCode), viewer, "berkas nominasi ini");
        model.addAttribute("d", pages.dossier(nominationCode)
                .orElseThrow(() -> new PageNotFoundException("Berkas nominasi " + nominationCode)));
        model.addAttribute("evidence", evidence.panel(nominationCode)
                .map(panel -> panel.withChanges(access.mayChangeEvidence(viewer, nominationCode))).orElse(null));
        model.addAttribute("showPanelScores", access.maySeePanelScores(viewer));
        model.addAttribute("showPeriodLink", access.maySeePeriod(viewer));
        return "dokumen/berkas";
    }
}
