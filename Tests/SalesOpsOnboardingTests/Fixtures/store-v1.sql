PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
INSERT INTO schema_migrations VALUES(1,'people, definitions, enrolments, events','2026-12-01T23:44:48Z');
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    email TEXT,
    manager TEXT,
    timezone TEXT
);
INSERT INTO people VALUES('ana.lima',NULL,'maya.chen',NULL);
CREATE TABLE definitions (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('Track', 'Calendar')),
    name TEXT NOT NULL,
    content TEXT NOT NULL
);
INSERT INTO definitions VALUES('1cb72ff7b3ae31c1448b8f8e48f6fadcfef7b165d2baf459e18f099190548027','Track','sdr-30-60-90','{"apiVersion":"salesops/v1","kind":"Track","metadata":{"description":"First 90 days of a sales development representative, from tool set-up to a full outbound quota.","name":"sdr-30-60-90","tags":["hire","sdr"],"title":"SDR 30-60-90 day onboarding"},"spec":{"audience":"hire","calendar":"us-2026-2027","role":"sdr","steps":[{"due":{"businessDays":1},"id":"accounts-setup","owner":"enablement","title":"Accounts and tools set up (CRM, sequencing, dialer, calendar)","weight":0.5},{"dependsOn":["accounts-setup"],"due":{"businessDays":3},"id":"tools-orientation","owner":"buddy","title":"Tools orientation with buddy","weight":0.5},{"description":"Core product modules, demo environment walk-through and the top customer use cases.","due":{"businessDays":5},"id":"product-training","owner":"enablement","title":"Product training"},{"dependsOn":["product-training"],"due":{"after":"product-training","businessDays":5},"id":"icp-persona-training","owner":"enablement","title":"ICP and persona training"},{"dependsOn":["icp-persona-training"],"due":{"after":"icp-persona-training","businessDays":3},"id":"messaging-playbook","owner":"manager","title":"Messaging and objection-handling playbook review"},{"certification":{"name":"Discovery call shadowing","params":{"required":5},"verifier":"evidence-count"},"dependsOn":["product-training"],"due":{"after":"product-training","businessDays":10},"id":"shadow-discovery-calls","owner":"hire","title":"Shadow 5 discovery calls"},{"dependsOn":["tools-orientation"],"due":{"after":"tools-orientation","businessDays":2},"id":"crm-hygiene-training","owner":"buddy","title":"CRM hygiene and lead-status training"},{"certification":{"maxAttempts":3,"name":"Cold-call certification","params":{"passMark":80},"renewWithin":"30d","validFor":"12m","verifier":"quiz-score"},"dependsOn":["messaging-playbook","shadow-discovery-calls"],"description":"Role-played cold call scored against the call rubric; 80 % to pass.","due":{"after":"messaging-playbook","businessDays":5},"id":"cold-call-certification","owner":"hire","title":"Cold-call certification","weight":2},{"certification":{"name":"30-day review","verifier":"manager-signoff"},"due":{"days":30},"id":"review-30-day","owner":"manager","title":"30-day review with manager"},{"dependsOn":["cold-call-certification","crm-hygiene-training"],"due":{"after":"cold-call-certification","businessDays":2},"id":"first-sequences-live","owner":"hire","title":"First outbound sequences live"},{"dependsOn":["first-sequences-live"],"due":{"after":"first-sequences-live","businessDays":3},"id":"first-call-blocks","owner":"hire","title":"Daily call blocks running"},{"certification":{"name":"First meetings booked","params":{"required":3},"verifier":"evidence-count"},"dependsOn":["first-sequences-live"],"due":{"weeks":6},"id":"first-meetings-booked","owner":"hire","title":"First meetings booked","weight":2},{"dependsOn":["first-sequences-live"],"due":{"weeks":6},"id":"ae-handoff-training","owner":"buddy","title":"Meeting hand-off to AEs (qualification notes and handoff call)"},{"certification":{"name":"60-day review","verifier":"manager-signoff"},"dependsOn":["review-30-day"],"due":{"days":60},"id":"review-60-day","owner":"manager","title":"60-day review with manager"},{"dependsOn":["first-call-blocks"],"due":{"weeks":10},"id":"ramped-activity-targets","owner":"hire","title":"Hitting ramped daily activity targets"},{"dependsOn":["first-meetings-booked","ramped-activity-targets"],"due":{"days":90},"id":"full-quota","owner":"hire","title":"Full meeting quota for one month","weight":2},{"certification":{"name":"90-day review","verifier":"manager-signoff"},"dependsOn":["review-60-day"],"due":{"days":90},"id":"review-90-day","owner":"manager","title":"90-day review with manager","weight":2}]}}');
INSERT INTO definitions VALUES('139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20','Calendar','us-2026-2027','{"apiVersion":"salesops/v1","kind":"Calendar","metadata":{"description":"Monday to Friday with US federal holidays for 2026 and 2027, on their observed dates.","name":"us-2026-2027","tags":["calendar","us"],"title":"US federal holidays 2026–2027"},"spec":{"holidays":[{"date":"2026-01-01","name":"New Year''s Day"},{"date":"2026-01-19","name":"Martin Luther King Jr. Day"},{"date":"2026-02-16","name":"Washington''s Birthday (Presidents'' Day)"},{"date":"2026-05-25","name":"Memorial Day"},{"date":"2026-06-19","name":"Juneteenth National Independence Day"},{"date":"2026-07-03","name":"Independence Day (observed)"},{"date":"2026-09-07","name":"Labor Day"},{"date":"2026-10-12","name":"Columbus Day"},{"date":"2026-11-11","name":"Veterans Day"},{"date":"2026-11-26","name":"Thanksgiving Day"},{"date":"2026-12-25","name":"Christmas Day"},{"date":"2027-01-01","name":"New Year''s Day"},{"date":"2027-01-18","name":"Martin Luther King Jr. Day"},{"date":"2027-02-15","name":"Washington''s Birthday (Presidents'' Day)"},{"date":"2027-05-31","name":"Memorial Day"},{"date":"2027-06-18","name":"Juneteenth National Independence Day (observed)"},{"date":"2027-07-05","name":"Independence Day (observed)"},{"date":"2027-09-06","name":"Labor Day"},{"date":"2027-10-11","name":"Columbus Day"},{"date":"2027-11-11","name":"Veterans Day"},{"date":"2027-11-25","name":"Thanksgiving Day"},{"date":"2027-12-24","name":"Christmas Day (observed)"},{"date":"2027-12-31","name":"New Year''s Day 2028 (observed)"}],"timezone":"America/New_York","weekmask":["mon","tue","wed","thu","fri"]}}');
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    person TEXT NOT NULL REFERENCES people(id),
    track TEXT NOT NULL,
    track_version TEXT NOT NULL REFERENCES definitions(hash),
    calendar_version TEXT NOT NULL REFERENCES definitions(hash),
    start TEXT NOT NULL,
    UNIQUE (person, track)
);
INSERT INTO enrolments VALUES(1,'ana.lima','sdr-30-60-90','1cb72ff7b3ae31c1448b8f8e48f6fadcfef7b165d2baf459e18f099190548027','139fabd65dff3179a4afae5c71b7ce3f6f1c6232665da90e92781c0a5e5d7d20','2026-03-02');
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    enrolment_id INTEGER NOT NULL REFERENCES enrolments(id),
    kind TEXT NOT NULL CHECK (kind IN ('enrolled', 'completed', 'waived', 'attempted')),
    step TEXT,
    on_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT,
    evidence INTEGER,
    score REAL,
    value REAL,
    signed_off_by TEXT,
    attempt_number INTEGER,
    passed INTEGER,
    reason TEXT,
    idempotency_key TEXT NOT NULL UNIQUE
);
INSERT INTO events VALUES(1,1,'enrolled',NULL,'2026-02-27','2026-12-01T23:44:48Z','maya.chen',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'enrol/ana.lima/sdr-30-60-90');
INSERT INTO events VALUES(2,1,'completed','accounts-setup','2026-03-03','2026-12-01T23:44:49Z','maya.chen',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'complete/ana.lima/sdr-30-60-90/accounts-setup');
INSERT INTO events VALUES(3,1,'waived','tools-orientation','2026-03-04','2026-12-01T23:44:49Z','maya.chen','knows the tools',NULL,NULL,NULL,NULL,NULL,NULL,NULL,'waive/ana.lima/sdr-30-60-90/tools-orientation');
INSERT INTO events VALUES(4,1,'completed','product-training','2026-03-06','2026-12-01T23:44:49Z','maya.chen',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'complete/ana.lima/sdr-30-60-90/product-training');
INSERT INTO events VALUES(5,1,'completed','icp-persona-training','2026-03-11','2026-12-01T23:44:49Z','maya.chen',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'complete/ana.lima/sdr-30-60-90/icp-persona-training');
INSERT INTO events VALUES(6,1,'completed','messaging-playbook','2026-03-12','2026-12-01T23:44:49Z','maya.chen',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'complete/ana.lima/sdr-30-60-90/messaging-playbook');
INSERT INTO events VALUES(7,1,'attempted','shadow-discovery-calls','2026-03-13','2026-12-01T23:44:50Z','maya.chen',NULL,5,NULL,NULL,NULL,1,1,'5 of 5 pieces of evidence','attempt/ana.lima/sdr-30-60-90/shadow-discovery-calls/1/1');
INSERT INTO events VALUES(8,1,'attempted','cold-call-certification','2026-03-16','2026-12-01T23:44:50Z','maya.chen',NULL,NULL,72.0,NULL,NULL,1,0,'score 72 < pass mark 80','attempt/ana.lima/sdr-30-60-90/cold-call-certification/1/1');
CREATE INDEX people_by_manager ON people(manager);
CREATE INDEX events_by_enrolment ON events(enrolment_id, id);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
COMMIT;
