// The supervision page. Plan text is untrusted: every datum goes in with textContent, never as
// markup. (This file is served as it is: no build step.)
'use strict';

(function () {
  var form = document.getElementById('search');
  var q = document.getElementById('q');
  var on = document.getElementById('on');
  var errorBox = document.getElementById('error');
  var count = document.getElementById('count');
  var taskBody = document.querySelector('#tasks tbody');
  var unitBody = document.querySelector('#units tbody');
  var timeline = document.getElementById('timeline');
  var manyPlans = false;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
    });
  }

  var STATUS = { overdue: '逾期 overdue', due: '未到期 due', none: '—' };

  function renderTasks(tasks) {
    taskBody.replaceChildren();
    tasks.forEach(function (t) {
      var row = el('tr', null, 'task ' + (t.status || 'none'));
      row.dataset.status = t.status || 'none';
      var pathCell = el('td', null, 'path');
      var link = el('a', t.path.join(' › '));
      link.href = '/source' + (manyPlans ? '?plan=' + t.plan : '') + '#L' + t.source.line;
      link.title = 'line ' + t.source.line;
      pathCell.appendChild(link);
      row.appendChild(pathCell);
      row.appendChild(el('td', t.text, 'text'));
      row.appendChild(el('td', t.leadUnit || '—', 'lead'));
      row.appendChild(el('td', t.units.join('、'), 'units'));
      row.appendChild(el('td', t.deadlines.map(function (d) { return d.text; }).join('；') || '—',
          'deadline'));
      row.appendChild(el('td', STATUS[t.status] || '—', 'status'));
      taskBody.appendChild(row);
    });
  }

  function renderUnits(tasks) {
    var byUnit = new Map();
    tasks.forEach(function (t) {
      t.units.forEach(function (u) {
        if (!byUnit.has(u)) byUnit.set(u, { tasks: 0, lead: 0, overdue: 0 });
        var c = byUnit.get(u);
        c.tasks++;
        if (t.leadUnit === u) c.lead++;
        if (t.status === 'overdue') c.overdue++;
      });
    });
    var rows = Array.from(byUnit.entries()).sort(function (a, b) { return b[1].tasks - a[1].tasks; });
    unitBody.replaceChildren();
    rows.forEach(function (entry) {
      var row = el('tr');
      row.appendChild(el('td', entry[0]));
      row.appendChild(el('td', entry[1].tasks, 'num'));
      row.appendChild(el('td', entry[1].lead, 'num'));
      row.appendChild(el('td', entry[1].overdue, 'num'));
      unitBody.appendChild(row);
    });
  }

  function search() {
    var params = new URLSearchParams();
    params.set('q', q.value);
    params.set('on', on.value || today());
    var query = params.toString();
    return getJson('/api/tasks?' + query).then(function (answer) {
      if (!answer.ok) {
        errorBox.textContent = answer.body.error || ('HTTP ' + answer.status);
        errorBox.hidden = false;
        return;
      }
      errorBox.hidden = true;
      errorBox.textContent = '';
      var tasks = answer.body;
      var overdue = tasks.filter(function (t) { return t.status === 'overdue'; }).length;
      count.textContent = tasks.length + ' 项任务 tasks，' + overdue + ' 项逾期 overdue on '
          + (on.value || today());
      renderTasks(tasks);
      renderUnits(tasks);
      timeline.src = '/timeline.svg?' + new URLSearchParams({ q: q.value }).toString();
      history.replaceState(null, '', '?' + query);
      document.body.dataset.ready = query;
    });
  }

  function renderOutline(sections) {
    var list = el('ul');
    sections.forEach(function (s) {
      var item = el('li');
      item.appendChild(el('span', s.label, 'label'));
      item.appendChild(el('span', s.title || '', s.inferred ? 'inferred' : 'title'));
      if (s.children.length) item.appendChild(renderOutline(s.children));
      list.appendChild(item);
    });
    return list;
  }

  function start() {
    var initial = new URLSearchParams(location.search);
    q.value = initial.get('q') || '';
    on.value = initial.get('on') || today();
    getJson('/api/plan').then(function (answer) {
      var plans = answer.body.plans;
      manyPlans = plans.length > 1;
      var first = plans[0];
      var title = first.title || first.name || 'pilotplan';
      document.getElementById('title').textContent = title;
      document.title = title + ' · 督查督办';
      document.getElementById('meta').textContent = [first.issuer, first.name]
          .filter(Boolean).join(' · ') + (manyPlans ? ' (+' + (plans.length - 1) + ' plans)' : '')
          + ' · ' + answer.body.tasks + ' tasks';
      return search();
    });
    getJson('/api/outline').then(function (answer) {
      var box = document.getElementById('outline');
      box.replaceChildren(renderOutline(answer.body));
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); search(); });
    on.addEventListener('change', function () { search(); });
  }

  start();
}());
