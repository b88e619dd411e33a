package id.sipetruk.document.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** GET /berkas/{nominationCode}: everything about one nomination on one page. */
@Controller
public class DossierController {

    private final DocumentPages pages;
    private final EvidencePanels evidence;

    public DossierController(DocumentPages pages, EvidencePanels evidence) {
        this.pages = pages;
        this.evidence = evidence;
    }

    @GetMapping("/berkas/{nominationCode}")
    public String dossier(@PathVariable String nominationCode, Model model) {
        model.addAttribute("d", pages.dossier(nominationCode)
                .orElseThrow(() -> new PageNotFoundException("Berkas nominasi " + nominationCode)));
        model.addAttribute("evidence", evidence.panel(nominationCode).orElse(null));
        return "dokumen/berkas";
    }
}
