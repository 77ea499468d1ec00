/*
 * A minimal LMS course player on scorm-again, the SCORM runtime many LMSs embed. Like an LMS it
 * offers the API to the SCO's frame (window.API for SCORM 1.2, window.API_1484_11 for 2004), keeps
 * the learner's data model between launches (here in this origin's localStorage, standing in for
 * the LMS's database), resumes a suspended attempt with entry "resume", and lets the test read what
 * the runtime received through window.lms.
 *
 * Query: version=1.2|2004, launch=<SCO URL from the manifest>, mastery=<percent from the manifest>,
 * and optionally refuse=<element> to play an LMS that fails to store it.
 */
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  var version = params.get("version");
  var launch = params.get("launch");
  var mastery = Number(params.get("mastery"));
  var is12 = version === "1.2";
  var dbKey = "test-lms:" + version + ":" + launch;
  var stored = JSON.parse(localStorage.getItem(dbKey) || "null");

  var settings = { autocommit: false, logLevel: 5, lmsCommitUrl: false };
  var api = is12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);

  // What the LMS hands the SCO at launch: the learner, the mastery score and, for a suspended
  // attempt, its status, score and suspend_data with entry "resume".
  var suspended = stored && (is12 ? stored.core.exit : stored.exit) === "suspend";
  var entry = suspended ? "resume" : "ab-initio";
  if (is12) {
    var core = { student_id: "learner-1", student_name: "Learner, Test", entry: entry };
    var launchCmi = { core: core, student_data: { mastery_score: String(mastery) } };
    if (suspended) {
      core.lesson_status = stored.core.lesson_status;
      core.score = stored.core.score;
      launchCmi.suspend_data = stored.suspend_data;
    }
    api.loadFromJSON(launchCmi);
  } else {
    var launch2004 = { learner_id: "learner-1", learner_name: "Learner, Test", entry: entry, scaled_passing_score: String(mastery / 100) };
    if (suspended) {
      launch2004.completion_status = stored.completion_status;
      launch2004.success_status = stored.success_status;
      launch2004.score = stored.score;
      launch2004.suspend_data = stored.suspend_data;
    }
    api.loadFromJSON(launch2004);
  }

  // refuse=<element>: this LMS refuses every SetValue of that element, with the runtime's own error.
  var refuse = params.get("refuse");
  if (refuse) {
    var setName = is12 ? "LMSSetValue" : "SetValue";
    var setValue = api[setName].bind(api);
    api[setName] = function (element, value) {
      return element === refuse ? setValue(is12 ? "cmi.core.lesson_status" : "cmi.completion_status", "refused") : setValue(element, value);
    };
  }

  var calls = [];
  var save = function () {
    localStorage.setItem(dbKey, JSON.stringify(api.renderCommitCMI(true).cmi));
  };
  var names = is12 ? ["LMSInitialize", "LMSCommit", "LMSFinish"] : ["Initialize", "Commit", "Terminate"];
  names.forEach(function (name) {
    api.on(name, function () {
      calls.push(name);
      if (name !== names[0]) save();
    });
  });

  window[is12 ? "API" : "API_1484_11"] = api;
  window.lms = {
    version: version,
    entry: entry,
    calls: calls,
    /** The data model as the runtime holds it now. */
    cmi: function () {
      return api.renderCommitCMI(true).cmi;
    },
    terminated: function () {
      return api.isTerminated();
    },
  };

  var frame = document.createElement("iframe");
  frame.name = "sco";
  frame.title = "Lesson";
  frame.src = launch;
  document.getElementById("stage").appendChild(frame);
  // "Exit activity" closes the SCO's frame, as an LMS does; the SCO then terminates on unload.
  document.getElementById("exit-activity").addEventListener("click", function () {
    frame.remove();
  });
})();
