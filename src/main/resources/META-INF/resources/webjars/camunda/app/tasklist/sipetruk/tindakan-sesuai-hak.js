// Tasklist's header offers "Mulai proses" and "Buat tugas" to everybody, whatever he may do; Camunda has no setting
// for it. This module, loaded by scripts/config.js, asks the engine (as the logged-in person, through Tasklist's own
// API) whether he may start a process from Tasklist and whether he may create a task, and marks <body> with a class
// for each right he has. styles/user-styles.css hides each entry while its class is missing, so a person without the
// right never sees it, and BKPSDM (who may start a period) still does. The engine refuses the action anyway; this
// only keeps people from being offered what they cannot do.
const root = (document.querySelector('base') || document.documentElement).getAttribute('app-root') || '/camunda';
const engine = `${root}/api/engine/engine/default`;

const RIGHTS = [
  {
    bodyClass: 'sipetruk-boleh-mulai-proses',
    // the same query Tasklist's start dialog uses to list the processes this person may start
    url: `${engine}/process-definition/count?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true`,
    granted: (answer) => answer.count > 0
  },
  {
    bodyClass: 'sipetruk-boleh-buat-tugas',
    url: `${engine}/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7`,
    granted: (answer) => answer.authorized === true || answer.isAuthorized === true
  }
];

function check() {
  for (const right of RIGHTS) {
    fetch(right.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : {}))
      .then((answer) => document.body.classList.toggle(right.bodyClass, right.granted(answer)))
      .catch(() => document.body.classList.remove(right.bodyClass));
  }
}

check();
// Tasklist's own login form changes the person without reloading the page
window.addEventListener('hashchange', check);
