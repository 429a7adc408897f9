import Foundation
import ReckonCatalog
import ReckonInput
import ReckonUnits

/// The forms of the web app: every field of a command (common ones first, the rest under "More fields"), defaults
/// shown, values as computed (an alias given for a catalog ID shows as the ID it stands for).
public enum FormHTML {
    static func escape(_ s: String) -> String { HTMLDocument.escape(s) }

    /// The query's values for `fields` as the computation reads them: empty values dropped, catalog aliases
    /// resolved to the entry's ID (`h100` → `h100-sxm`), choices in their listed spelling (`BF16` → `bf16`).
    public static func canonical(_ query: [String: String], fields: [Analysis.Field], catalog: Catalog)
        -> [String: String]
    {
        var values: [String: String] = [:]
        for f in fields {
            guard let raw = query[f.key]?.trimmingWhitespace(), !raw.isEmpty else { continue }
            values[f.key] = canonical(raw, f, catalog: catalog)
        }
        return values
    }

    static func canonical(_ value: String, _ f: Analysis.Field, catalog: Catalog) -> String {
        switch f.catalog {
        case .accelerator?: return (try? catalog.accelerator(value))?.id ?? value
        case .model?: return (try? catalog.model(value))?.id ?? value
        case nil:
            return f.choices.first { $0.lowercased() == value.lowercased() } ?? value
        }
    }

    /// Inputs for `fields`: the common ones, then the others folded under "More fields" (open when one of them
    /// holds a value). `prefix` namespaces the names (`a.gpu` on the compare page); `invalid` marks the field an
    /// error names.
    static func inputs(
        _ fields: [Analysis.Field], values: [String: String], prefix: String = "",
        invalid: String? = nil
    ) -> String {
        var html = ""
        for f in fields where f.common { html += field(f, value: values[f.key], prefix: prefix, invalid: invalid) }
        let more = fields.filter { !$0.common }
        guard !more.isEmpty else { return html }
        let open = more.contains { values[$0.key] != nil } || more.contains { $0.key == invalid }
        html +=
            "<details class=\"more\" id=\"\(prefix.isEmpty ? "more" : "more-" + prefix.dropLast())\""
            + "\(open ? " open" : "")><summary>More fields (\(more.count))</summary><div>\n"
        for f in more { html += field(f, value: values[f.key], prefix: prefix, invalid: invalid) }
        return html + "</div></details>\n"
    }

    /// One labelled input: free text with the default as placeholder and under the label, or a drop-down whose first
    /// entry is the default. A value that is not among the choices (a user catalog's ID) is added, selected.
    static func field(_ f: Analysis.Field, value: String?, prefix: String = "", invalid: String? = nil) -> String {
        let label = f.label + (f.unit.map { " (\($0))" } ?? "")
        let name = prefix + f.key
        let id = "field-" + name.replacingOccurrences(of: ".", with: "-")
        let flagged = f.key == invalid ? " aria-invalid=\"true\"" : ""
        var html = "<label title=\"\(escape(f.help))\">\(escape(label))"
        if f.choices.isEmpty {
            let placeholder = f.defaultValue.isEmpty ? "" : f.defaultValue
            html +=
                "<input name=\"\(escape(name))\" id=\"\(escape(id))\" value=\"\(escape(value ?? ""))\" "
                + "placeholder=\"\(escape(placeholder))\"\(flagged)>"
            let shown = f.defaultValue.isEmpty ? f.defaultNote : f.defaultValue
            if !shown.isEmpty { html += "<small>default: \(escape(shown))</small>" }
        } else {
            html += "<select name=\"\(escape(name))\" id=\"\(escape(id))\"\(flagged)>"
            let shown = f.defaultValue.isEmpty ? f.defaultNote : f.defaultValue
            let first = shown.isEmpty ? "—" : "default (\(shown))"
            html += "<option value=\"\"\(value == nil ? " selected" : "")>\(escape(first))</option>"
            var choices = f.choices
            if let value, !choices.contains(value) { choices.insert(value, at: 0) }
            for c in choices {
                html += "<option\(c == value ? " selected" : "") value=\"\(escape(c))\">\(escape(c))</option>"
            }
            html += "</select>"
        }
        return html + "</label>\n"
    }

    /// `/path?key=value&…` with every given field, keys sorted.
    public static func permalink(_ path: String, _ values: [String: String]) -> String {
        let query = values.keys.sorted().map { "\(percentEncode($0))=\(percentEncode(values[$0]!))" }
        return path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// The command line that computes the same result: `reckon train --gpu h100-sxm --gpus 2048`.
    public static func command(_ name: String, _ values: [String: String], fields: [Analysis.Field]) -> String {
        var parts = ["reckon"] + name.split(separator: " ").map(String.init)
        for f in fields {
            guard let v = values[f.key] else { continue }
            let flag = "--" + f.key.replacingOccurrences(of: "_", with: "-")
            if case .toggle = f.kind {
                if ["true", "yes", "1", "on"].contains(v.lowercased()) { parts.append(flag) }
                continue
            }
            parts += [flag, shellQuoted(v)]
        }
        return parts.joined(separator: " ")
    }

    static func shellQuoted(_ s: String) -> String {
        let plain = s.unicodeScalars.allSatisfy {
            CharacterSet.shellSafe.contains($0)
        }
        return plain && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func percentEncode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isLetter && b < 128 || c.isNumber && b < 128 || "-._~".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// Progressive enhancement for every form marked `data-enhance`: with JavaScript the form updates the page in
    /// place (and the address bar, so the permalink and the back button keep working); without it, the form is a
    /// plain GET and the page reloads. Empty fields are left out of the URL.
    static let enhancement = """
        <script>
        (() => {
          if (!window.fetch || !window.DOMParser) return;
          document.addEventListener("submit", async (event) => {
            const form = event.target;
            if (!form.matches("form[data-enhance]")) return;
            event.preventDefault();
            const data = new URLSearchParams();
            for (const [k, v] of new FormData(form)) if (v !== "") data.append(k, v);
            const query = data.toString();
            const url = (form.getAttribute("action") || location.pathname) + (query ? "?" + query : "");
            try {
              const page = new DOMParser().parseFromString(await (await fetch(url)).text(), "text/html");
              const fresh = page.querySelector("main");
              if (!fresh) { location.href = url; return; }
              document.querySelector("main").replaceWith(fresh);
              history.pushState(null, "", url);
            } catch { location.href = url; }
          });
          window.addEventListener("popstate", () => location.reload());
        })();
        </script>

        """
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

extension CharacterSet {
    /// Characters a POSIX shell reads literally outside quotes.
    static let shellSafe = CharacterSet(
        charactersIn:
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,/:=+@%")
}
