import Mustache

/// The pages' Mustache templates and style sheet, compiled into the binary: the server reads
/// no files and needs no build step. `{{x}}` escapes HTML; `{{{x}}}` is used only for HTML
/// the server itself rendered from escaped parts.
enum PageTemplates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in templates {
            // The templates are constants of this file; a syntax error in one is caught by the page tests.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    static let templates: [String: String] = [
        "layout": """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} · salesops</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <header>
            <a class="brand" href="/">salesops</a>
            {{#account}}
            <nav>
            <a href="/">Board</a>
            {{#evaluates}}<a href="/evaluate">Evaluate</a>{{/evaluates}}
            {{#editsTracks}}<a href="/tracks">Tracks</a>{{/editsTracks}}
            <span class="who">{{role}}{{#person}} · {{person}}{{/person}}</span>
            <form method="post" action="/signout"><input type="hidden" name="formToken" value="{{formToken}}"><button>Sign out</button></form>
            </nav>
            {{/account}}
            </header>
            <main>
            <h1>{{title}}</h1>
            {{#message}}<p class="message" role="status">{{.}}</p>{{/message}}
            {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
            {{{content}}}
            </main>
            </body>
            </html>
            """,
        "signin": """
            <form method="post" action="/signin" class="card">
            <input type="hidden" name="formToken" value="{{formToken}}">
            <label for="token">Access token</label>
            <input id="token" name="token" type="password" autocomplete="current-password" required>
            <button>Sign in</button>
            <p class="hint">Ask an admin for a token (<code>salesops token create</code>).</p>
            </form>
            """,
        "board": """
            <form method="get" action="/" class="filters">
            <label>Group by <select name="by">{{#dimensions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/dimensions}}</select></label>
            <label>Track <input name="track" value="{{track}}"></label>
            <label>Cohort <input name="cohort" value="{{cohort}}" placeholder="YYYY-MM"></label>
            <button>Show</button>
            </form>
            <p class="summary">{{summary}}</p>
            {{#calendar}}<p><a href="{{.}}">Calendar of my reports (.ics)</a></p>{{/calendar}}
            {{#groups}}
            <section>
            <h2>{{name}}</h2>
            <table>
            <thead><tr><th>Person</th><th>Manager</th><th>Track</th><th>Progress</th><th>Health</th><th>Next due</th><th>Overdue</th><th>Expiring</th><th>Forecast</th></tr></thead>
            <tbody>
            {{#rows}}
            <tr class="{{health}}"><td><a href="{{link}}">{{person}}</a></td><td>{{manager}}</td><td>{{track}}</td><td>{{progress}}</td><td>{{healthLabel}}</td><td>{{nextDue}}</td><td>{{overdue}}</td><td>{{expiring}}</td><td>{{forecast}}</td></tr>
            {{/rows}}
            </tbody>
            </table>
            </section>
            {{/groups}}
            {{^groups}}<p>No enrolments match.</p>{{/groups}}
            """,
        "anonymous": """
            <form method="get" action="/" class="filters">
            <label>Group by <select name="by">{{#dimensions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/dimensions}}</select></label>
            <button>Show</button>
            </form>
            <p class="summary">People are shown by pseudonym, dates by ISO week, and only groups of at least {{k}} people.{{#withheld}} {{.}} enrolment(s) in smaller groups are not shown.{{/withheld}}</p>
            <h2>By {{by}}</h2>
            <table>
            <thead><tr><th>{{by}}</th><th>Enrolments</th><th>On track</th><th>At risk</th><th>Late</th><th>Completed</th><th>Certified</th><th>Overdue rate</th></tr></thead>
            <tbody>
            {{#groups}}<tr><td>{{group}}</td><td>{{enrolments}}</td><td>{{onTrack}}</td><td>{{atRisk}}</td><td>{{late}}</td><td>{{completed}}</td><td>{{certifications}}</td><td>{{overdueRate}}</td></tr>{{/groups}}
            </tbody>
            </table>
            <h2>Enrolments</h2>
            <table>
            <thead><tr><th>Pseudonym</th><th>Manager</th><th>Track</th><th>Start week</th><th>Progress</th><th>Health</th><th>Next due week</th></tr></thead>
            <tbody>
            {{#rows}}<tr><td>{{pseudonym}}</td><td>{{manager}}</td><td>{{track}}</td><td>{{startWeek}}</td><td>{{progress}}</td><td>{{health}}</td><td>{{nextDueWeek}}</td></tr>{{/rows}}
            </tbody>
            </table>
            """,
        "person": """
            <p class="summary">{{trackTitle}} · started {{start}} · today {{today}} · progress {{progress}} · <strong>{{health}}</strong>{{#nextDue}} · next due: {{.}}{{/nextDue}}</p>
            {{#reasons}}<p class="reason">{{.}}</p>{{/reasons}}
            <p><a href="{{calendar}}">Subscribe to this checklist (.ics)</a></p>
            <h2>Checklist</h2>
            <table>
            <thead><tr><th>Step</th><th>Status</th><th>Due</th><th>Done</th><th>Owner</th><th>Detail</th></tr></thead>
            <tbody>
            {{#steps}}<tr class="{{status}}"><td>{{title}} <small>{{id}}</small></td><td>{{statusLabel}}</td><td>{{due}}</td><td>{{done}}</td><td>{{owner}}</td><td>{{detail}}</td></tr>{{/steps}}
            </tbody>
            </table>
            {{#hasCertifications}}
            <h2>Certification periods</h2>
            <table>
            <thead><tr><th>Certification</th><th>Period</th><th>Certified</th><th>Renewal opens</th><th>Expires</th></tr></thead>
            <tbody>
            {{#certifications}}<tr><td>{{name}}</td><td>{{number}}</td><td>{{certified}}</td><td>{{renewal}}</td><td>{{expires}}</td></tr>{{/certifications}}
            </tbody>
            </table>
            {{/hasCertifications}}
            {{#hasForms}}
            <h2>Record</h2>
            <div class="forms">
            {{#forms}}
            <form method="post" action="{{action}}" class="card">
            <h3>{{label}}</h3>
            <input type="hidden" name="formToken" value="{{formToken}}">
            <input type="hidden" name="kind" value="{{kind}}">
            {{#track}}<input type="hidden" name="track" value="{{.}}">{{/track}}
            <label>Step <select name="step">{{#steps}}<option value="{{id}}">{{title}}</option>{{/steps}}</select></label>
            <label>On <input name="on" type="date" value="{{today}}"></label>
            {{#scores}}<label>Score <input name="score" inputmode="decimal"></label><label>Evidence <input name="evidence" inputmode="numeric"></label>{{/scores}}
            <label>Note <input name="note" maxlength="2000"></label>
            <button>{{label}}</button>
            </form>
            {{/forms}}
            </div>
            {{/hasForms}}
            <h2>History</h2>
            <table>
            <thead><tr><th>#</th><th>Date</th><th>Event</th><th>Step</th><th>Detail</th><th>By</th></tr></thead>
            <tbody>
            {{#history}}<tr><td>{{sequence}}</td><td>{{date}}</td><td>{{event}}</td><td>{{step}}</td><td>{{detail}}</td><td>{{actor}}</td></tr>{{/history}}
            </tbody>
            </table>
            """,
        "tracks": """
            <p class="hint">Each track's definition is its catalog file. A saved edit is a new track version: new enrolments get it, and everyone enrolled keeps theirs until moved (<code>salesops onboard upgrade</code>).</p>
            <ul>
            {{#tracks}}<li><a href="/tracks/{{name}}">{{title}}</a> <small>{{name}}</small></li>{{/tracks}}
            </ul>
            """,
        "track": """
            <p class="summary">{{file}} · version {{version}}</p>
            {{#hasProblems}}
            <h2>Not saved: fix these first</h2>
            <ul class="problems">
            {{#problems}}<li><code>{{place}}</code> {{message}}</li>{{/problems}}
            </ul>
            {{/hasProblems}}
            <form method="post" action="/tracks/{{track}}" class="card wide">
            <input type="hidden" name="formToken" value="{{formToken}}">
            <label for="yaml">Definition (YAML)</label>
            <textarea id="yaml" name="yaml" rows="30" spellcheck="false">{{yaml}}</textarea>
            <button>Validate and save</button>
            <p class="hint">The whole catalog is checked with the edit in place, as <code>salesops catalog validate</code> does; nothing is saved unless it passes.</p>
            </form>
            """,
        "evaluate": """
            <form method="get" action="/evaluate/report" class="card">
            <label>Evaluation <select name="evaluation"><option value="">(default)</option>{{#evaluations}}<option value="{{name}}">{{title}}</option>{{/evaluations}}</select></label>
            <p class="hint">or, for a team against tool categories:</p>
            <label>Team <select name="team"><option value="">(none)</option>{{#teams}}<option value="{{name}}">{{title}}</option>{{/teams}}</select></label>
            <label>Categories <input name="categories" placeholder="crm, sales-engagement"></label>
            <label>Method <select name="method"><option value="">(the evaluation's)</option><option>topsis</option><option>wsm</option><option>wpm</option><option>vikor</option></select></label>
            <button>Run the evaluation</button>
            </form>
            """,
    ]

    static let styleSheet = """
        :root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --line: #d8dee6; --accent: #2457c5; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: #f7f9fb; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        header nav { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
        header form { display: inline; }
        .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
        a { color: var(--accent); }
        main { padding: 1rem; max-width: 72rem; margin: 0 auto; }
        h1 { font-size: 1.5rem; margin: .2rem 0 1rem; }
        h2 { font-size: 1.15rem; margin-top: 1.6rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .8rem; text-transform: uppercase; color: var(--muted); }
        tr.late td, tr.overdue td { background: #fdecea; }
        tr.atRisk td { background: #fff6df; }
        tr.completed td { color: var(--muted); }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; max-width: 28rem; }
        .card label { display: block; margin: .4rem 0; }
        .forms { display: flex; flex-wrap: wrap; gap: 1rem; }
        .wide { max-width: none; }
        textarea { width: 100%; font: .9rem/1.4 ui-monospace, monospace; }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        input, select, button { font: inherit; padding: .3rem .5rem; max-width: 100%; }
        button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        .message { background: #e8f4ea; padding: .5rem .8rem; }
        .error { background: #fdecea; padding: .5rem .8rem; white-space: pre-wrap; }
        .summary, .hint, small { color: var(--muted); }
        @media (max-width: 40rem) {
          table, thead, tbody, tr, th, td { display: block; }
          thead { display: none; }
          tr { border-bottom: 2px solid var(--line); padding: .3rem 0; }
          td { border: 0; padding: .1rem .5rem; }
          main { padding: .6rem; }
        }
        """
}
