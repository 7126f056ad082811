/**
 * Messages rendered from templates (eta), in the recipient's language: HTML and text for e-mail,
 * one short line for SMS. The HTML template escapes every value; the text one writes them as is.
 */
import { Eta } from 'eta';
import type { Locale } from '../../core/api/auth.js';
import type { EventType } from '../../core/events.js';
import type { Status } from '../../core/lifecycle.js';
import { formatDay, type RequestFacts, WORDING } from './wording.js';

const htmlEngine = new Eta({ autoEscape: true, autoTrim: false });
const textEngine = new Eta({ autoEscape: false, autoTrim: false });

const REQUEST_HTML = htmlEngine.compile(`<!doctype html>
<html lang="<%= it.lang %>">
<head><meta charset="utf-8"><title><%= it.subject %></title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b">
<p style="font-size:17px;margin:0 0 16px"><strong><%= it.headline %></strong></p>
<table role="presentation" style="border-collapse:collapse;margin:0 0 16px">
<% for (const fact of it.facts) { -%>
<tr><th scope="row" style="text-align:left;padding:2px 16px 2px 0;font-weight:normal;color:#555"><%= fact.label %></th><td style="padding:2px 0"><%= fact.value %></td></tr>
<% } -%>
</table>
<% if (it.text) { -%>
<p style="margin:0 0 4px;color:#555"><%= it.textLabel %></p>
<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #000091;background:#f5f5fe;white-space:pre-line"><%= it.text %></blockquote>
<% } -%>
<p style="margin:0 0 24px"><a href="<%= it.trackingUrl %>" style="color:#000091;font-weight:bold"><%= it.trackLabel %></a></p>
<p style="margin:0;font-size:12px;color:#666"><%= it.footer %></p>
</body>
</html>
`);

const REQUEST_TEXT = textEngine.compile(`<%= it.headline %>

<% for (const fact of it.facts) { -%>
<%= fact.label %><%= it.colon %><%= fact.value %>
<% } -%>
<% if (it.text) { -%>

<%= it.textLabel %><%= it.colon %><%= it.text %>
<% } -%>

<%= it.trackLabel %><%= it.colon %><%= it.trackingUrl %>

-- 
<%= it.footer %>
`);

const DIGEST_HTML = htmlEngine.compile(`<!doctype html>
<html lang="<%= it.lang %>">
<head><meta charset="utf-8"><title><%= it.subject %></title></head>
<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1b1b1b">
<p><%= it.intro %></p>
<% for (const section of it.sections) { -%>
<h2 style="font-size:16px;margin:24px 0 8px"><%= section.title %> (<%= section.lines.length %>)</h2>
<table style="border-collapse:collapse">
<tr><% for (const column of it.columns) { %><th style="text-align:left;padding:4px 12px 4px 0;border-bottom:1px solid #ccc"><%= column %></th><% } %></tr>
<% for (const line of section.lines) { -%>
<tr><td style="padding:4px 12px 4px 0"><a href="<%= line.url %>"><%= line.reference %></a></td><td style="padding:4px 12px 4px 0"><%= line.address %></td><td style="padding:4px 12px 4px 0"><%= line.category %></td><td style="padding:4px 12px 4px 0"><%= line.status %></td><td style="padding:4px 0"><%= line.deadline %></td></tr>
<% } -%>
</table>
<% } -%>
<p style="margin-top:24px;font-size:12px;color:#666"><%= it.footer %></p>
</body>
</html>
`);

const DIGEST_TEXT = textEngine.compile(`<%= it.intro %>
<% for (const section of it.sections) { -%>

<%= section.title %> (<%= section.lines.length %>)
<% for (const line of section.lines) { -%>
- <%= line.reference %> · <%= line.deadline %> · <%= line.status %> · <%= line.category %> · <%= line.address %>
  <%= line.url %>
<% } -%>
<% } -%>

-- 
<%= it.footer %>
`);

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderedMessage extends RenderedEmail {
  sms: string;
}

export interface RequestMessageInput extends RequestFacts {
  eventType: EventType;
  status: Status;
  department: string | null;
  /** The day the work is expected (YYYY-MM-DD), if one is known and still ahead. */
  expected: string | null;
  /** The public note, reason or comment of the event. */
  text: string | null;
  trackingUrl: string;
}

export function renderRequestMessage(locale: Locale, input: RequestMessageInput): RenderedMessage {
  const w = WORDING[locale];
  const statusLabel = w.status[input.status];
  const headline = w.headline[input.eventType](input);
  const subject = w.subject(input.reference, statusLabel);
  const facts = [
    { label: w.label.status, value: statusLabel },
    ...(input.department ? [{ label: w.label.department, value: input.department }] : []),
    ...(input.expected ? [{ label: w.label.expected, value: formatDay(w, input.expected) }] : []),
  ];
  const model = {
    lang: locale,
    subject,
    headline,
    facts,
    text: input.text,
    textLabel: w.label.text,
    trackLabel: w.label.track,
    trackingUrl: input.trackingUrl,
    colon: w.colon,
    footer: w.footer,
  };
  return {
    subject,
    html: htmlEngine.render(REQUEST_HTML, model),
    text: textEngine.render(REQUEST_TEXT, model),
    sms: `${headline} ${w.label.track}${w.colon}${input.trackingUrl}`,
  };
}

export interface DigestLine {
  reference: string;
  address: string;
  category: string | null;
  status: Status;
  /** YYYY-MM-DD */
  deadline: string;
  /** The request's page in the back office. */
  url: string;
}

export interface DigestInput {
  department: string;
  /** YYYY-MM-DD */
  day: string;
  overdue: DigestLine[];
  dueSoon: DigestLine[];
}

export function renderDigest(locale: Locale, input: DigestInput): RenderedEmail {
  const w = WORDING[locale];
  const lines = (list: DigestLine[]) =>
    list.map((line) => ({
      ...line,
      category: line.category ?? '—',
      status: w.status[line.status],
      deadline: formatDay(w, line.deadline),
    }));
  const sections = [
    { title: w.digest.overdue, lines: lines(input.overdue) },
    { title: w.digest.dueSoon, lines: lines(input.dueSoon) },
  ].filter((section) => section.lines.length > 0);
  const subject = w.digest.subject(input.department, input.overdue.length, input.dueSoon.length);
  const c = w.digest.columns;
  const model = {
    lang: locale,
    subject,
    intro: w.digest.intro(input.department, formatDay(w, input.day)),
    sections,
    columns: [c.reference, c.address, c.category, c.status, c.deadline],
    footer: w.digest.footer,
  };
  return {
    subject,
    html: htmlEngine.render(DIGEST_HTML, model),
    text: textEngine.render(DIGEST_TEXT, model),
  };
}
