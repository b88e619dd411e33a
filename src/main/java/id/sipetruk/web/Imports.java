package id.sipetruk.web;

import id.sipetruk.common.Messages;
import id.sipetruk.common.TableImport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of import, by the word in its address; an unknown word is a page that does not exist. */
@Component
class Imports {

    private final Map<String, TableImport> byKind;

    Imports(List<TableImport> kinds) {
        this.byKind = kinds.stream().collect(Collectors.toMap(TableImport::kind, Function.identity()));
    }

    TableImport of(String kind) {
        TableImport found = byKind.get(kind);
        if (found == null) {
            throw new PageNotFoundException(Messages.get("import.unknownKind", kind));
        }
        return found;
    }
}
